import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import type { ReportVersionSummary, VersionDiff } from '../../../shared/contracts/history';
import { useTemplate } from '../live-checks/useTemplate';
import { REPORT_UID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { DiffList } from './DiffList';
import { fetchVersion, fetchVersions, restoreVersion } from './server-data';
import { useRefusedSave } from './useRefusedSave';

const SHOWN_VERSIONS = 8;

const HistoryPanelContent = ({ documentId }: { documentId: string | undefined }) => {
  const { formatMessage, formatDate } = useIntl();
  const values = useForm('HistoryPanel', (state) => state.values) as Record<string, unknown>;
  const { template } = useTemplate(typeof values.format === 'string' ? values.format : '');
  const { refused, restoreMine, dismiss } = useRefusedSave();
  const [versions, setVersions] = React.useState<ReportVersionSummary[]>([]);
  const [open, setOpen] = React.useState<{ id: number; diff: VersionDiff } | null>(null);
  // Collapsed unless asked for: the checks below it stay in view.
  const [listed, setListed] = React.useState(false);
  const revision = values.revision;

  React.useEffect(() => {
    // Read again after every save (the revision moves), so the newest version is listed.
    if (documentId) fetchVersions(documentId).then(setVersions, () => setVersions([]));
  }, [documentId, revision]);

  const t = (id: string, defaultMessage: string, vars?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, vars);
  const who = (version: ReportVersionSummary) =>
    t('history.savedBy', '{who}, {when}', {
      who: version.savedBy,
      when: formatDate(version.savedAt, { dateStyle: 'medium', timeStyle: 'short' }),
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {refused ? (
        <Box background="danger100" padding={3} hasRadius role="alert">
          <Typography variant="omega" fontWeight="bold" textColor="danger700">
            {t(
              'history.refused',
              'Your changes were not saved: {who} saved this report first. They are below; put them back to save them over it, or leave them.',
              { who: versions[0] ? who(versions[0]) : '' },
            )}
          </Typography>
          <DiffList diff={refused.diff} report={values} template={template} />
          <Flex gap={2} paddingTop={2}>
            <Button size="S" onClick={restoreMine}>
              {t('history.restoreMine', 'Put my changes back')}
            </Button>
            <Button size="S" variant="tertiary" onClick={dismiss}>
              {t('history.dismiss', 'Leave them')}
            </Button>
          </Flex>
        </Box>
      ) : null}
      {versions.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('history.none', 'No saved version yet.')}
        </Typography>
      ) : !listed ? (
        <Button size="S" variant="tertiary" onClick={() => setListed(true)}>
          {t('history.show', 'Show {count} versions', { count: versions.length })}
        </Button>
      ) : (
        <Box tag="ol">
          {versions.slice(0, SHOWN_VERSIONS).map((version) => (
            <li key={version.id}>
              <Flex direction="column" alignItems="stretch" paddingBottom={1}>
                <Flex direction="column" alignItems="flex-start">
                  <Typography variant="pi">
                    {t('history.version', 'No. {revision}', { revision: version.revision })}
                    {' · '}
                    {who(version)}
                  </Typography>
                  <Button
                    size="S"
                    variant="ghost"
                    onClick={async () => {
                      if (open?.id === version.id) return setOpen(null);
                      const { meta } = await fetchVersion(documentId!, version.id);
                      setOpen({ id: version.id, diff: meta.diffToDraft });
                    }}
                  >
                    {t('history.compare', 'Changes since')}
                  </Button>
                </Flex>
                {open?.id === version.id ? (
                  <Box>
                    <DiffList diff={open.diff} report={values} template={template} />
                    <Button
                      size="S"
                      variant="secondary"
                      onClick={async () => {
                        await restoreVersion(documentId!, version.id);
                        // The restored draft is loaded as any saved one.
                        window.location.reload();
                      }}
                    >
                      {t('history.restore', 'Restore this version')}
                    </Button>
                  </Box>
                ) : null}
              </Flex>
            </li>
          ))}
        </Box>
      )}
    </Flex>
  );
};

/** The edit view's side panel of saved versions, and of a save someone else's made stale. */
export const HistoryPanel = ({ model }: { model: string }) => {
  const { formatMessage } = useIntl();
  const { id } = useParams<{ id?: string }>();
  if (model !== REPORT_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('history.title'), defaultMessage: 'Versions' }),
    content: <HistoryPanelContent documentId={id && id !== 'create' ? id : undefined} />,
  };
};
