import * as React from 'react';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { todayIn } from '../../../shared/dates/today';
import { getTranslation } from '../utils/getTranslation';
import { REPORT_UID } from '../pluginId';
import { DATE, PublicationDateField } from './PublicationDateField';

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
    const chosen = React.useRef('');
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
    const initial = issuedOn || todayIn();

    return {
      ...original,
      publishConfirmScope: undefined,
      // Opens the dialog below; the date is asked every time, as a last look before publishing.
      onClick: () => {
        chosen.current = initial;
        return false;
      },
      dialog: {
        type: 'dialog',
        title: t('publish.title', 'Publish the report'),
        content: (
          <PublicationDateField
            key={initial}
            initial={initial}
            onChange={(value) => {
              chosen.current = value;
            }}
          />
        ),
        confirmLabel: t('publish.confirm', 'Publish'),
        onConfirm: () => {
          if (!DATE.test(chosen.current)) return;
          // The date kept: publish the form as it is, without touching its date field.
          if (chosen.current === issuedOn) return publish?.({} as React.SyntheticEvent);
          onChange('issuedOn', chosen.current);
          setPending(chosen.current);
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
