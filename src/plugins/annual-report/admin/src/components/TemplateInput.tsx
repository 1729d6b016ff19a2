import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ListTemplates } from '../../../shared/contracts/templates';
import type { CustomFieldProps } from './custom-field-props';

/** Picks the report format from the plugin's template registry (built-in and site templates). */
const TemplateInput = React.forwardRef<HTMLDivElement, CustomFieldProps>(
  ({ name, label, hint, required, disabled }, ref) => {
    const field = useField<string | null>(name);
    const { get } = useFetchClient();
    const { locale } = useIntl();
    const [templates, setTemplates] = React.useState<ListTemplates.Response['data']>([]);

    React.useEffect(() => {
      get<ListTemplates.Response>('/annual-report/templates').then(({ data }) =>
        setTemplates(data.data),
      );
    }, [get]);

    const nameOf = (t: ListTemplates.Response['data'][number]) =>
      locale.startsWith('zh') ? t.name['zh-Hans'] : t.name.en;

    return (
      <Field.Root name={name} hint={hint} error={field.error} required={required}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          ref={ref}
          value={field.value ?? undefined}
          onChange={(value: string | number) => field.onChange(name, String(value))}
          disabled={disabled}
        >
          {templates.map((t) => (
            <SingleSelectOption key={t.key} value={t.key}>
              {`${nameOf(t)} (${t.key})`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default TemplateInput;
