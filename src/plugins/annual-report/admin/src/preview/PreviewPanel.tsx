import * as React from 'react';
import { Box, Button, Modal, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { resolveReport } from '../../../shared/layout/resolve';
import { printedMarks } from '../../../shared/layout/cell-marks';
import { ReportView } from '../../../shared/layout/ReportView';
import { reportCss } from '../../../shared/layout/report-css';
import type { ReportData } from '../../../shared/contracts/report';
import { useFindings } from '../live-checks/useFindings';
import { PanelStatement } from '../checks/PanelStatement';
import { itemCounts, panelItems } from '../checks/panel-items';
import { useOpenFindings } from '../acknowledgements/useOpenFindings';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';

/** The form's unsaved values laid out as printed, with the live findings marked on their cells. */
const PreviewContent = () => {
  const { formatMessage, locale } = useIntl();
  const { form } = useContentManagerContext() as { form: { values: Record<string, unknown> } };
  // The template comes with the checks: built in, or the site's own once fetched.
  const { findings, template } = useFindings();
  // Warnings marked 已核实 are not marked on the page; the statement counts them apart.
  const { open, verified } = useOpenFindings(findings);
  const values = form.values as unknown as ReportData;

  const document = React.useMemo(
    () => (template ? resolveReport(values, template) : null),
    [values, template],
  );
  const marks = React.useMemo(
    () => printedMarks(open, (index) => values.tables?.[index]?.key, locale.startsWith('zh')),
    [open, values, locale],
  );

  if (!document) {
    return (
      <Typography>
        {formatMessage({
          id: getTranslation('preview.noFormat'),
          defaultMessage: 'Choose the report format to see the preview.',
        })}
      </Typography>
    );
  }
  return (
    <Box background="neutral0" padding={6}>
      <Box paddingBottom={4}>
        <PanelStatement counts={itemCounts(panelItems(open))} ready />
        {verified.length > 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: getTranslation('ack.summary'), defaultMessage: '{count} verified' },
              { count: verified.length },
            )}
          </Typography>
        ) : null}
      </Box>
      <style>{reportCss}</style>
      <ReportView document={document} marks={marks} />
    </Box>
  );
};

const PreviewButton = () => {
  const { formatMessage } = useIntl();
  const label = formatMessage({
    id: getTranslation('preview.label'),
    defaultMessage: 'Print preview (current changes included)',
  });
  return (
    <Modal.Root>
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Eye />} fullWidth>
          {label}
        </Button>
      </Modal.Trigger>
      <Modal.Content style={{ maxWidth: 'min(960px, 96vw)' }}>
        <Modal.Header
          closeLabel={formatMessage({
            id: getTranslation('preview.close'),
            defaultMessage: 'Close',
          })}
        >
          <Modal.Title>
            {formatMessage({
              id: getTranslation('preview.title'),
              defaultMessage: 'The report as it will be printed (unsaved changes included)',
            })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <PreviewContent />
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
};

/**
 * "预览": the report as it will be printed, from the unsaved form, without saving — a side panel
 * of its own, where the editor sees it (document actions beyond the first two hide in a menu).
 */
export const PreviewPanel = ({ model }: { model: string }) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('preview.panel'), defaultMessage: 'As printed' }),
    content: <PreviewButton />,
  };
};
