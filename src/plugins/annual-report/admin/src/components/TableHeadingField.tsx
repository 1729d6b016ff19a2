import * as React from 'react';
import { useField, useForm } from '@strapi/strapi/admin';
import { builtInTemplates } from '../../../shared/templates/registry';
import { tableNumbers } from '../../../shared/layout/resolve';
import { ReadOnlyField } from './ReadOnlyField';

interface Props {
  name: string;
  label: React.ReactNode;
}

/**
 * A statistic table's key shown as the official title it stands for (表三 收到和处理…（单位：件）):
 * the table's structure comes from the template and is not the editor's to change.
 */
const TableHeadingField = ({ name, label }: Props) => {
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
  const template = builtInTemplates.find((candidate) => candidate.key === format);
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
