import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { FindingPath } from '../../../shared/contracts/checks';
import type { PlaceLocale } from '../../../shared/checks/place-name';
import { getTranslation } from '../utils/getTranslation';
import { FindingList } from './FindingList';
import { goToPlace } from './go-to-place';
import { itemCounts, panelItems } from './panel-items';
import { PanelStatement } from './PanelStatement';
import { useFindings } from './useFindings';
import { useStickyPanel } from './useStickyPanel';
import { REPORT_UID } from '../pluginId';
import { AttachCreatedAgency } from '../relations/AttachCreatedAgency';

const Note = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="pi" textColor="neutral600">
    {children}
  </Typography>
);

const ChecksPanelContent = () => {
  const { formatMessage, locale } = useIntl();
  const lang: PlaceLocale = locale.startsWith('zh') ? 'zh-Hans' : 'en';
  const { findings, template, report, ready, problem } = useFindings();
  const items = React.useMemo(() => panelItems(findings), [findings]);
  const ref = React.useRef<HTMLDivElement>(null);
  useStickyPanel(ref);

  const onGo = React.useCallback(
    (path: FindingPath) => {
      if (report) void goToPlace(path, report as unknown as Record<string, unknown>);
    },
    [report],
  );

  return (
    <Flex ref={ref} direction="column" alignItems="stretch" gap={3} width="100%">
      <AttachCreatedAgency />
      {template || !ready ? (
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
      {template && ready ? (
        <Box>
          <FindingList items={items} report={report} template={template} lang={lang} onGo={onGo} />
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
