import * as React from 'react';
import { Box, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { CheckOverride } from '../../../shared/contracts/overrides';
import { REPORT_UID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { fetchOverrides } from './server-data';

const COLUMNS = [
  ['overrides.report', 'Report'],
  ['overrides.who', 'By'],
  ['overrides.when', 'When'],
  ['overrides.errors', 'Errors'],
  ['override.reason', 'Reason'],
] as const;

/** Every publication over check errors, newest first: the audit a supervising office reads. */
const OverridesPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const [records, setRecords] = React.useState<CheckOverride[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  React.useEffect(() => {
    fetchOverrides().then(setRecords, (error: Error) => setProblem(error.message));
  }, []);
  const title = formatMessage({
    id: getTranslation('override.records'),
    defaultMessage: 'Publications over errors',
  });
  if (problem) return <Page.Error />;
  if (!records) return <Page.Loading />;
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} />
      <Layouts.Content>
        {records.length === 0 ? (
          <Typography textColor="neutral600">
            {formatMessage({ id: getTranslation('overrides.none'), defaultMessage: 'None yet' })}
          </Typography>
        ) : (
          <Box background="neutral0" shadow="tableShadow" hasRadius>
            <Table colCount={COLUMNS.length} rowCount={records.length + 1}>
              <Thead>
                <Tr>
                  {COLUMNS.map(([id, defaultMessage]) => (
                    <Th key={id}>
                      <Typography variant="sigma">
                        {formatMessage({ id: getTranslation(id), defaultMessage })}
                      </Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {records.map((record) => (
                  <Tr key={record.id}>
                    <Td>
                      <Link
                        tag={NavLink}
                        to={`/content-manager/collection-types/${REPORT_UID}/${record.reportDocumentId}`}
                      >
                        {record.reportTitle || record.reportDocumentId}
                      </Link>
                    </Td>
                    <Td>
                      <Typography>{record.overriddenBy}</Typography>
                    </Td>
                    <Td>
                      <Typography>
                        {formatDate(record.overriddenAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{record.findings.map((f) => f.rule).join('、')}</Typography>
                    </Td>
                    <Td>
                      <Typography>{record.reason}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default OverridesPage;
