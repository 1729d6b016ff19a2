import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import {
  findingFingerprint,
  type Finding,
  type FindingPath,
} from '../../../shared/contracts/checks';
import { AcknowledgedList } from '../acknowledgements/AcknowledgedList';
import { acknowledge } from '../acknowledgements/server-data';
import { useOpenFindings } from '../acknowledgements/useOpenFindings';
import { OverrideRecords } from '../overrides/OverrideRecords';
import { namingParts, type PlaceLocale } from '../../../shared/checks/place-name';
import { getTranslation } from '../utils/getTranslation';
import { FindingList } from './FindingList';
import { goToPlace } from './go-to-place';
import { itemCounts, keepUnchanged, panelItems, type PanelItem } from './panel-items';
import { PanelStatement } from './PanelStatement';
import { useFindings } from '../live-checks/useFindings';
import { useStickyPanel } from './useStickyPanel';
import { REPORT_UID } from '../pluginId';
import { AttachCreatedAgency } from '../relations/AttachCreatedAgency';
import { useEqualValue } from '../utils/useEqualValue';

const Note = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="pi" textColor="neutral600">
    {children}
  </Typography>
);

const ChecksPanelContent = () => {
  const { formatMessage, locale } = useIntl();
  const lang: PlaceLocale = locale.startsWith('zh') ? 'zh-Hans' : 'en';
  const { findings, template, report, ready, problem } = useFindings();
  // Warnings marked 已核实 are listed apart, collapsed, and not counted as open.
  const { documentId, open, verified, marks } = useOpenFindings(findings);
  // Each run of the checks gives new findings: an item that says the same keeps its object, and
  // the list redraws only the items that changed (a keystroke changes a few).
  const shown = React.useRef<PanelItem[]>([]);
  const items = React.useMemo(() => {
    const next = keepUnchanged(shown.current, panelItems(open));
    shown.current = next;
    return next;
  }, [open]);
  // Places are named from the headings and titles alone, which typing a figure does not change.
  const naming = useEqualValue(React.useMemo(() => namingParts(report), [report]));
  const ref = React.useRef<HTMLDivElement>(null);
  useStickyPanel(ref);

  // Read when an item is clicked, so that the items' callback stays the same between runs.
  const latestReport = React.useRef(report);
  latestReport.current = report;
  const onGo = React.useCallback((path: FindingPath) => {
    const current = latestReport.current;
    if (current) void goToPlace(path, current as unknown as Record<string, unknown>);
  }, []);
  // The server checks the warning on the values as they are, saved or not.
  const onAcknowledge = React.useMemo(
    () =>
      documentId
        ? (finding: Finding, note: string) =>
            acknowledge(documentId, {
              report: (latestReport.current ?? {}) as unknown as Record<string, unknown>,
              fingerprint: findingFingerprint(finding),
              note,
            })
        : undefined,
    [documentId],
  );

  return (
    <Flex ref={ref} direction="column" alignItems="stretch" gap={3} width="100%">
      <AttachCreatedAgency />
      {documentId === undefined ? (
        // Before the first save the form has no sections or tables yet: listing each as missing
        // would only repeat what the first steps above say once.
        <Note>
          {formatMessage({
            id: getTranslation('panel.unsaved'),
            defaultMessage: 'The checks start once the report is saved.',
          })}
        </Note>
      ) : template || !ready ? (
        <PanelStatement counts={itemCounts(items)} ready={ready} />
      ) : (
        <Note>
          {formatMessage({
            id: getTranslation('panel.noTemplate'),
            defaultMessage: 'Choose the report format to see the checks.',
          })}
        </Note>
      )}
      {problem ? (
        <Note>
          {formatMessage(
            {
              id: getTranslation('panel.problem'),
              defaultMessage: 'Some checks could not run: {message}',
            },
            { message: problem },
          )}
        </Note>
      ) : null}
      {template && ready && documentId !== undefined ? (
        <Box>
          <FindingList
            items={items}
            naming={naming}
            template={template}
            lang={lang}
            onGo={onGo}
            onAcknowledge={onAcknowledge}
          />
          <AcknowledgedList findings={verified} marks={marks} lang={lang} />
          {documentId ? <OverrideRecords documentId={documentId} /> : null}
        </Box>
      ) : null}
    </Flex>
  );
};

/** The edit view's side panel: a Description component, called with hooks, returning its panel. */
export const ChecksPanel = ({ model }: { model: string }) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Checks' }),
    content: <ChecksPanelContent />,
  };
};
