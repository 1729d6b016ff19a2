import * as React from 'react';
import { useField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { ReadOnlyField } from './ReadOnlyField';

const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** Where an imported report came from, as a note; the stored original is not edited here. */
const ImportSourceField = ({ name, label }: { name: string; label: React.ReactNode }) => {
  const { formatMessage } = useIntl();
  const source = useField<unknown>(name).value;
  if (source === null || source === undefined || typeof source !== 'object') {
    return (
      <ReadOnlyField name={name} label={label}>
        {formatMessage({
          id: getTranslation('source.none'),
          defaultMessage: 'Written in the admin (not imported).',
        })}
      </ReadOnlyField>
    );
  }
  const record = source as Record<string, unknown>;
  const origin = textOf(record.file) ?? textOf(record.name) ?? textOf(record.url);
  const text = textOf(record.text);
  return (
    <ReadOnlyField name={name} label={label}>
      {formatMessage(
        {
          id: getTranslation('source.imported'),
          defaultMessage:
            'Imported from {origin}{length, select, none {} other { (original text: {length} characters)}}',
        },
        { origin: origin ?? '—', length: text ? String(text.length) : 'none' },
      )}
    </ReadOnlyField>
  );
};

export default ImportSourceField;
