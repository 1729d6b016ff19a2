import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Loader,
  Modal,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { findingFingerprint, isGroup, type Finding } from '../../../shared/contracts/checks';
import { OVERRIDE_REASON } from '../../../shared/contracts/overrides';
import { errorMessage } from '../utils/error-message';
import { getTranslation } from '../utils/getTranslation';
import { fetchDraftChecks, publishOver } from './server-data';

interface Props {
  documentId: string;
  onClose: () => void;
}

/**
 * The errors that will be published, as the stored draft has them, and the reason: the server
 * records both with who and when, and publishes only if the errors are still these.
 */
export const OverrideForm = ({ documentId, onClose }: Props) => {
  const { formatMessage, locale } = useIntl();
  const lang = locale.startsWith('zh') ? 'zh-Hans' : 'en';
  const { toggleNotification } = useNotification();
  const [errors, setErrors] = React.useState<Finding[] | null>(null);
  const [reason, setReason] = React.useState('');
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    fetchDraftChecks(documentId).then(
      (summary) => setErrors(summary.findings.filter((f) => f.severity === 'error')),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [documentId]);

  const submit = async () => {
    if (!errors) return;
    if (reason.trim().length < OVERRIDE_REASON.min) {
      setProblem(
        formatMessage({
          id: getTranslation('override.reasonHint'),
          defaultMessage: 'Give a reason',
        }),
      );
      return;
    }
    setBusy(true);
    try {
      await publishOver(documentId, {
        fingerprints: errors.map(findingFingerprint),
        reason: reason.trim(),
      });
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('override.done'),
          defaultMessage: 'Published',
        }),
      });
      onClose();
      // The edit view reads the document again, now published.
      window.location.reload();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  const shown = errors?.filter((finding) => !isGroup(finding)) ?? [];
  return (
    <>
      <Modal.Body>
        {errors === null && !problem ? (
          <Loader small />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>
              {formatMessage(
                { id: getTranslation('override.intro'), defaultMessage: '{count} errors' },
                { count: shown.length },
              )}
            </Typography>
            <Box tag="ul" paddingLeft={4} style={{ maxHeight: '16rem', overflowY: 'auto' }}>
              {shown.map((finding) => (
                <li key={findingFingerprint(finding)}>
                  <Typography variant="pi">
                    {finding.rule} · {finding.message[lang]}
                  </Typography>
                </li>
              ))}
            </Box>
            <Field.Root
              required
              error={problem ?? undefined}
              hint={formatMessage({
                id: getTranslation('override.reasonHint'),
                defaultMessage: '',
              })}
            >
              <Field.Label>
                {formatMessage({ id: getTranslation('override.reason'), defaultMessage: 'Reason' })}
              </Field.Label>
              <Textarea
                value={reason}
                maxLength={OVERRIDE_REASON.max}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                  setReason(event.target.value)
                }
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Flex>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose} disabled={busy}>
          {formatMessage({ id: getTranslation('ack.cancel'), defaultMessage: 'Cancel' })}
        </Button>
        <Button variant="danger" onClick={submit} loading={busy} disabled={!errors}>
          {formatMessage({ id: getTranslation('override.confirm'), defaultMessage: 'Publish' })}
        </Button>
      </Modal.Footer>
    </>
  );
};
