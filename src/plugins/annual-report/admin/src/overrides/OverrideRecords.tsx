import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CheckOverride } from '../../../shared/contracts/overrides';
import { getTranslation } from '../utils/getTranslation';
import { fetchOverrides } from './server-data';

/** The report's publications over errors, in its checks panel: who, when, why, how many. */
export const OverrideRecords = ({ documentId }: { documentId: string }) => {
  const { formatMessage, formatDate } = useIntl();
  const [records, setRecords] = React.useState<CheckOverride[]>([]);
  React.useEffect(() => {
    // Read once per report opened; a reader without the right to list gets none shown.
    fetchOverrides(documentId).then(setRecords, () => setRecords([]));
  }, [documentId]);
  if (records.length === 0) return null;
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage({ id: getTranslation('override.records'), defaultMessage: 'Overrides' })}
      </Typography>
      <Box tag="ul" paddingTop={1}>
        {records.map((record) => (
          <li key={record.id}>
            <Typography variant="pi">
              {formatMessage(
                { id: getTranslation('override.record'), defaultMessage: '{who} {when} {reason}' },
                {
                  who: record.overriddenBy,
                  when: formatDate(record.overriddenAt, { dateStyle: 'medium' }),
                  reason: record.reason,
                  count: record.findings.length,
                },
              )}
            </Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
};
