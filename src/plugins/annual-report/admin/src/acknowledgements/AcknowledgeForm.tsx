import * as React from 'react';
import { Button, Field, Flex, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ACKNOWLEDGEMENT_NOTE_MAX } from '../../../shared/contracts/acknowledgements';
import { errorMessage } from '../utils/error-message';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  onSubmit: (note: string) => Promise<void>;
  onCancel: () => void;
}

/** The note a warning is marked 已核实 with: required, kept with who and when by the server. */
export const AcknowledgeForm = ({ onSubmit, onCancel }: Props) => {
  const { formatMessage } = useIntl();
  const [note, setNote] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const submit = async () => {
    if (note.trim() === '') {
      setProblem(
        formatMessage({
          id: getTranslation('ack.noteRequired'),
          defaultMessage: 'Say how the figure was verified',
        }),
      );
      return;
    }
    setBusy(true);
    try {
      await onSubmit(note.trim());
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2} paddingTop={1}>
      <Field.Root error={problem ?? undefined} required>
        <Field.Label>
          {formatMessage({ id: getTranslation('ack.note'), defaultMessage: 'How it was verified' })}
        </Field.Label>
        <Textarea
          value={note}
          maxLength={ACKNOWLEDGEMENT_NOTE_MAX}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
        />
        <Field.Error />
      </Field.Root>
      <Flex gap={2}>
        <Button size="S" onClick={submit} loading={busy}>
          {formatMessage({ id: getTranslation('ack.confirm'), defaultMessage: 'Mark as verified' })}
        </Button>
        <Button size="S" variant="tertiary" onClick={onCancel} disabled={busy}>
          {formatMessage({ id: getTranslation('ack.cancel'), defaultMessage: 'Cancel' })}
        </Button>
      </Flex>
    </Flex>
  );
};
