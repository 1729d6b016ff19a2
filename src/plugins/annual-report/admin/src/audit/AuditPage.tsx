import * as React from 'react';
import {
  Box,
  Button,
  Flex,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ListAudit } from '../../../shared/contracts/audit';
import { getTranslation } from '../utils/getTranslation';
import { downloadAuditCsv, fetchAudit } from './server-data';

const COLUMNS = [
  ['audit.when', 'When'],
  ['audit.action', 'Action'],
  ['audit.subject', 'Record'],
  ['audit.who', 'By'],
  ['audit.details', 'Details'],
] as const;

/** The audit log for super admins: who published, unpublished, deleted, overrode or changed rights. */
const AuditPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const [page, setPage] = React.useState(1);
  const [result, setResult] = React.useState<ListAudit.Response | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    fetchAudit(page).then(setResult, (error: Error) => setProblem(error.message));
  }, [page]);
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const title = t('audit.title', 'Audit log');
  if (problem) return <Page.Error />;
  if (!result) return <Page.Loading />;
  const { pagination } = result.meta;
  const pages = Math.max(1, Math.ceil(pagination.total / pagination.pageSize));
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        primaryAction={
          <Button onClick={() => void downloadAuditCsv()}>{t('audit.csv', 'Export CSV')}</Button>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" shadow="tableShadow" hasRadius>
          <Table colCount={COLUMNS.length} rowCount={result.data.length + 1}>
            <Thead>
              <Tr>
                {COLUMNS.map(([id, defaultMessage]) => (
                  <Th key={id}>
                    <Typography variant="sigma">{t(id, defaultMessage)}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {result.data.map((entry) => (
                <Tr key={entry.id}>
                  <Td>
                    <Typography>
                      {formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{t(`audit.${entry.action}`, entry.action)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{entry.title ?? entry.documentId ?? ''}</Typography>
                  </Td>
                  <Td>
                    <Typography>{entry.actor}</Typography>
                  </Td>
                  <Td>
                    {/* The whole record is in the CSV; here one line of it. */}
                    <Box maxWidth="32rem">
                      <Typography variant="pi" ellipsis>
                        {entry.details ? JSON.stringify(entry.details) : ''}
                      </Typography>
                    </Box>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
        <Flex gap={2} paddingTop={4} justifyContent="flex-end">
          <Typography variant="pi">
            {t('audit.page', 'Page {page} of {pages}, {total} entries', {
              page,
              pages,
              total: pagination.total,
            })}
          </Typography>
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('audit.previous', 'Previous')}
          </Button>
          <Button variant="tertiary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('audit.next', 'Next')}
          </Button>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default AuditPage;
