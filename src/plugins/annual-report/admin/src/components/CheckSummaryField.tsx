import * as React from 'react';
import { useField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CheckSummary } from '../../../shared/contracts/checks';
import { getTranslation } from '../utils/getTranslation';
import { ReadOnlyField } from './ReadOnlyField';

/** The stored check summary as counts; the checks panel beside the form has the detail. */
const CheckSummaryField = ({ name, label }: { name: string; label: React.ReactNode }) => {
  const { formatMessage, formatDate } = useIntl();
  const summary = useField<CheckSummary | null>(name).value;
  return (
    <ReadOnlyField name={name} label={label}>
      {summary && typeof summary.errors === 'number'
        ? formatMessage(
            {
              id: getTranslation('summary.stored'),
              defaultMessage:
                'At the last save: {errors} errors, {warnings} warnings ({date}). The checks panel shows them.',
            },
            {
              errors: summary.errors,
              warnings: summary.warnings,
              date: summary.checkedAt
                ? formatDate(summary.checkedAt, { dateStyle: 'medium', timeStyle: 'short' })
                : '—',
            },
          )
        : formatMessage({
            id: getTranslation('summary.none'),
            defaultMessage: 'Not checked yet: the checks run when the report is saved.',
          })}
    </ReadOnlyField>
  );
};

export default CheckSummaryField;
