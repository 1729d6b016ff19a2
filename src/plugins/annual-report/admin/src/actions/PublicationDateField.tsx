import * as React from 'react';
import { Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The publish dialog's 公开日期. It keeps its own value: the Content Manager draws a dialog's
 * content as it was when the dialog opened, so the value goes out through `onChange`, not props.
 */
export const PublicationDateField = ({
  initial,
  onChange,
}: {
  initial: string;
  onChange: (value: string) => void;
}) => {
  const { formatMessage } = useIntl();
  const [value, setValue] = React.useState(initial);
  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root
        name="issuedOn"
        hint={t('publish.dateHint', '')}
        error={DATE.test(value) ? undefined : t('publish.dateInvalid', 'Enter a date')}
      >
        <Field.Label>{t('publish.date', 'Publication date')}</Field.Label>
        <TextInput
          type="date"
          value={value}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setValue(event.target.value);
            onChange(event.target.value);
          }}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Typography variant="pi" textColor="neutral600">
        {t('publish.explain', '')}
      </Typography>
    </Flex>
  );
};
