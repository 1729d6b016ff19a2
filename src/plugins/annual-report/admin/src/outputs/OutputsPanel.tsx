import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { Link as LinkIcon } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { outputUrl, type OutputKind } from '../../../shared/contracts/output-routes';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';
import { hasPublishedVersion, type PanelDocument } from './published-version';

const KINDS: Array<{ kind: OutputKind; label: string }> = [
  { kind: 'html', label: 'Web page (HTML)' },
  { kind: 'pdf', label: 'PDF' },
  { kind: 'docx', label: 'Word document' },
  { kind: 'csv', label: 'Tables (CSV)' },
];

/** The server's own address: the public links name it, not the admin's page. */
const serverBase = () =>
  (window as { strapi?: { backendURL?: string } }).strapi?.backendURL || window.location.origin;

const Outputs = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const base = serverBase();
  const publicLink = outputUrl(base, documentId, 'html');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(publicLink);
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('outputs.copied'),
          defaultMessage: 'Public link copied: paste it on the portal',
        }),
      });
    } catch {
      toggleNotification({
        type: 'warning',
        message: formatMessage(
          {
            id: getTranslation('outputs.copyFailed'),
            defaultMessage: 'The browser refused to copy; the public link is {link}',
          },
          { link: publicLink },
        ),
      });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('outputs.intro'),
          defaultMessage: 'The published version, as the public reads it:',
        })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
        {KINDS.map(({ kind, label }) => (
          <li key={kind}>
            <Link href={outputUrl(base, documentId, kind)} isExternal>
              {formatMessage({ id: getTranslation(`outputs.${kind}`), defaultMessage: label })}
            </Link>
          </li>
        ))}
      </Flex>
      <Button variant="secondary" startIcon={<LinkIcon />} fullWidth onClick={copy}>
        {formatMessage({
          id: getTranslation('outputs.copy'),
          defaultMessage: 'Copy the public link',
        })}
      </Button>
    </Flex>
  );
};

/**
 * "发布的文件": the published report's HTML page, PDF, Word document and tables, and its public
 * link for the portal. Only a published version has them, so the box shows only then.
 */
export const OutputsPanel = ({
  model,
  documentId,
  ...panel
}: { model: string; documentId?: string } & PanelDocument) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID || !documentId || !hasPublishedVersion(panel)) return null;
  return {
    title: formatMessage({
      id: getTranslation('outputs.panel'),
      defaultMessage: 'Published files',
    }),
    content: <Outputs documentId={documentId} />,
  };
};
