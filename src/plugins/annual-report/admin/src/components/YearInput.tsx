import * as React from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import type { CustomFieldProps } from './custom-field-props';

/** A report year typed and shown as four plain digits; the stock number input would print "2,018". */
const YearInput = React.forwardRef<HTMLInputElement, CustomFieldProps>(
  ({ name, label, hint, required, disabled }, ref) => {
    const field = useField<number | null>(name);
    const [text, setText] = React.useState(field.value == null ? '' : String(field.value));

    React.useEffect(() => {
      setText(field.value == null ? '' : String(field.value));
    }, [field.value]);

    const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
      const next = event.target.value.replace(/\D/g, '').slice(0, 4);
      setText(next);
      field.onChange(name, next === '' ? null : Number(next));
    };

    return (
      <Field.Root name={name} hint={hint} error={field.error} required={required}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          ref={ref}
          inputMode="numeric"
          value={text}
          onChange={onChange}
          disabled={disabled}
          placeholder="2024"
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default YearInput;
