import * as React from 'react';
import { Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { todayIn } from '../../../shared/dates/today';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';

/** What the Content Manager gives a document action and expects back (5.54, DocumentActions). */
interface ActionProps {
  model: string;
  [prop: string]: unknown;
}
interface ActionDescription {
  label: string;
  onClick?: (event: React.SyntheticEvent) => Promise<boolean | void> | boolean | void;
  dialog?: Record<string, unknown>;
  [prop: string]: unknown;
}
export type DocumentAction = ((props: ActionProps) => ActionDescription | null) & {
  type?: string;
  position?: unknown;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Content Manager's Publish, for reports: it first asks for 公开日期 (`issuedOn`, today by
 * default, or the date already entered), writes it into the form, and then runs Strapi's own
 * save-and-publish with the form as it now is. Other content types get Strapi's action unchanged.
 */
export const withPublicationDate = (Publish: DocumentAction): DocumentAction => {
  const PublishWithDate: DocumentAction = (props) => {
    const original = Publish(props);
    const { formatMessage } = useIntl();
    const issuedOn = useForm(
      'PublishWithDate',
      (state) => (state.values as { issuedOn?: unknown }).issuedOn,
    ) as string | null | undefined;
    const onChange = useForm('PublishWithDate', (state) => state.onChange);
    const [chosen, setChosen] = React.useState('');
    const [pending, setPending] = React.useState<string | null>(null);
    const publish = original?.onClick;

    // Publish once the form holds the chosen date: Strapi's action reads the form when it runs.
    React.useEffect(() => {
      if (pending === null || issuedOn !== pending || !publish) return;
      setPending(null);
      void publish({} as React.SyntheticEvent);
    }, [pending, issuedOn, publish]);

    if (props.model !== REPORT_UID || !original) return original;
    const t = (id: string, defaultMessage: string) =>
      formatMessage({ id: getTranslation(id), defaultMessage });
    const value = chosen || issuedOn || todayIn();
    const valid = DATE.test(value);

    return {
      ...original,
      publishConfirmScope: undefined,
      // Opens the dialog below; the date is asked every time, as a last look before publishing.
      onClick: () => {
        setChosen(issuedOn || todayIn());
        return false;
      },
      dialog: {
        type: 'dialog',
        title: t('publish.title', 'Publish the report'),
        content: (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Field.Root
              name="issuedOn"
              hint={t('publish.dateHint', '')}
              error={valid ? undefined : t('publish.dateInvalid', 'Enter a date')}
            >
              <Field.Label>{t('publish.date', 'Publication date')}</Field.Label>
              <TextInput
                type="date"
                value={value}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  setChosen(event.target.value)
                }
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            <Typography variant="pi" textColor="neutral600">
              {t('publish.explain', '')}
            </Typography>
          </Flex>
        ),
        confirmLabel: t('publish.confirm', 'Publish'),
        onConfirm: () => {
          if (!valid) return;
          if (issuedOn === value && publish) {
            void publish({} as React.SyntheticEvent);
            return;
          }
          onChange('issuedOn', value);
          setPending(value);
        },
      },
    };
  };
  PublishWithDate.type = Publish.type;
  PublishWithDate.position = Publish.position;
  return PublishWithDate;
};

/** The Content Manager's actions with its Publish replaced by the one that asks for the date. */
export const askPublicationDate = (actions: DocumentAction[]): DocumentAction[] =>
  actions.map((action) => (action.type === 'publish' ? withPublicationDate(action) : action));
