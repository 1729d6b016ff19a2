import * as React from 'react';
import { useField, useForm } from '@strapi/strapi/admin';
import { tableNumbers } from '../../../shared/layout/resolve';
import { useTemplate } from '../live-checks/useTemplate';
import { ReadOnlyField } from './ReadOnlyField';
import type { CustomFieldProps } from './custom-field-props';

/**
 * A statistic table's key shown as the official title it stands for (表三 收到和处理…（单位：件）):
 * the table's structure comes from the template (built in or the site's own) and is not the
 * editor's to change. An unknown format or table shows the key itself.
 */
const TableHeadingField = ({ name, label }: CustomFieldProps) => {
  const key = useField<string>(name).value;
  // Two narrow selections: the field re-renders when the format or sections change, not on every cell.
  const format = useForm(
    'TableHeadingField',
    (state) => (state.values as Record<string, unknown>).format,
  );
  const sections = useForm(
    'TableHeadingField',
    (state) => (state.values as Record<string, unknown>).sections,
  );
  // A site's template comes from the registry the checks read too; until it is read, the key.
  const { template } = useTemplate(typeof format === 'string' ? format : '');
  const table = template?.tables.find((candidate) => candidate.key === key);
  if (!template || !table)
    return (
      <ReadOnlyField name={name} label={label}>
        {key}
      </ReadOnlyField>
    );
  const number = tableNumbers(
    template,
    Array.isArray(sections) ? (sections as Array<Record<string, unknown>>) : [],
  ).get(table.key);
  return (
    <ReadOnlyField name={name} label={label}>
      {[number, table.title].filter(Boolean).join(' ')}
      {table.unit ? `（单位：${table.unit}）` : ''}
    </ReadOnlyField>
  );
};

export default TableHeadingField;
