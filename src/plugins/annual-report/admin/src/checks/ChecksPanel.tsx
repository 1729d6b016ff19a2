import * as React from 'react';
import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Finding } from '../../../shared/contracts/checks';
import { getTranslation } from '../utils/getTranslation';
import { findingPlace } from './findingPlace';
import { useLiveChecks } from './useLiveChecks';

/** The report content type the plugin acts on (the plugin's default `contentType`). */
export const REPORT_UID = 'api::report.report';

const FindingItem = ({ finding, place, zh }: { finding: Finding; place: string; zh: boolean }) => (
  <Box
    tag="li"
    paddingTop={2}
    paddingBottom={2}
    borderColor="neutral150"
    style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}
  >
    <Flex gap={2} alignItems="center" paddingBottom={1}>
      <Badge
        backgroundColor={finding.severity === 'error' ? 'danger100' : 'warning100'}
        textColor={finding.severity === 'error' ? 'danger700' : 'warning700'}
      >
        {finding.rule}
      </Badge>
      <Typography variant="pi" textColor="neutral500">
        {place}
      </Typography>
    </Flex>
    <Typography variant="omega">{zh ? finding.message['zh-Hans'] : finding.message.en}</Typography>
  </Box>
);

const ChecksPanelContent = ({ documentId }: { documentId?: string }) => {
  const { formatMessage, locale } = useIntl();
  const { form, model, contentType } = useContentManagerContext() as {
    form: { values: Record<string, unknown> };
    model: string;
    contentType?: { attributes: Record<string, { type?: string; component?: string }> };
  };
  const { summary, loading, error } = useLiveChecks(form.values, documentId);
  const zh = locale.startsWith('zh');
  const placeOf = (finding: Finding) =>
    findingPlace(finding.path, {
      model,
      attributes: contentType?.attributes ?? {},
      values: form.values,
    })
      .map((part) => (typeof part === 'string' ? part : formatMessage(part)))
      .join(' › ');

  if (error) {
    return (
      <Typography textColor="danger600" variant="pi">
        {error}
      </Typography>
    );
  }
  if (!summary) return loading ? <Loader small /> : null;

  const ordered = [...summary.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Flex gap={2} alignItems="center">
        <Typography variant="sigma" textColor={summary.errors > 0 ? 'danger600' : 'success600'}>
          {formatMessage(
            {
              id: getTranslation('checks.summary'),
              defaultMessage: '{errors} errors, {warnings} warnings',
            },
            { errors: summary.errors, warnings: summary.warnings },
          )}
        </Typography>
        {loading ? <Loader small /> : null}
      </Flex>
      {summary.errors > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('checks.blocking'),
            defaultMessage: 'Errors must be fixed before publishing.',
          })}
        </Typography>
      ) : null}
      <Box tag="ul" style={{ maxHeight: 480, overflowY: 'auto' }}>
        {ordered.map((finding, index) => (
          <FindingItem
            key={`${finding.rule}-${finding.path.join('.')}-${index}`}
            finding={finding}
            place={placeOf(finding)}
            zh={zh}
          />
        ))}
      </Box>
    </Flex>
  );
};

export const ChecksPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  // The Content Manager renders each side panel description as a component: hooks come first.
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('checks.title'), defaultMessage: 'Checks' }),
    content: <ChecksPanelContent documentId={documentId} />,
  };
};
