import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  ReportVersion,
  ReportVersionSummary,
  VersionContent,
} from '../../../shared/contracts/history';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { actorOfRequest } from '../admin-user';
import { getService, pluginConfig } from '../plugin-config';
import { versionContent, versionInput } from './version-content';

export const VERSION_UID = 'plugin::annual-report.version';

/** The version a write in progress restores (the report middleware records it with the write). */
export const restoring = new AsyncLocalStorage<number>();

interface Row {
  id: number;
  revision: number;
  content: VersionContent;
  savedBy: string | null;
  savedAt: string;
  restoredFrom: number | null;
}

const summary = (row: Row): ReportVersionSummary => ({
  id: row.id,
  revision: row.revision,
  savedBy: row.savedBy ?? '',
  savedAt: new Date(row.savedAt).toISOString(),
  restoredFrom: row.restoredFrom ?? null,
});

/**
 * Every saved version of a report's content (Strapi's content history is an Enterprise feature):
 * written by the report middleware in the transaction of each content write — never by the stored
 * checks, the snapshot, acknowledgements or a publication — the newest `history.keep` per report
 * kept. A restore writes the version's content over the draft through the Document Service, so it
 * is checked like any save and recorded as a new version; the published version is not touched.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const versions = () => strapi.db.query(VERSION_UID);

  const service = {
    async record(documentId: string, restoredFrom: number | null = null): Promise<void> {
      const report = await getService(strapi, 'report-loader').load(documentId, 'draft');
      if (!report) return;
      const actor = actorOfRequest(strapi);
      await versions().create({
        data: {
          reportDocumentId: documentId,
          revision: report.revision ?? 0,
          content: versionContent(report),
          userId: actor.userId,
          savedBy: actor.name,
          savedAt: new Date(),
          restoredFrom,
        },
      });
      const keep = pluginConfig(strapi).history.keep;
      const old = (await versions().findMany({
        where: { reportDocumentId: documentId },
        select: ['id'],
        orderBy: { id: 'desc' },
        offset: keep,
      })) as Array<{ id: number }>;
      if (old.length > 0)
        await versions().deleteMany({ where: { id: { $in: old.map((r) => r.id) } } });
    },

    async list(documentId: string): Promise<ReportVersionSummary[]> {
      const rows = (await versions().findMany({
        where: { reportDocumentId: documentId },
        select: ['id', 'revision', 'savedBy', 'savedAt', 'restoredFrom'],
        orderBy: { id: 'desc' },
      })) as Row[];
      return rows.map(summary);
    },

    async get(documentId: string, id: unknown): Promise<ReportVersion> {
      const row = Number.isSafeInteger(Number(id))
        ? ((await versions().findOne({
            where: { id: Number(id), reportDocumentId: documentId },
          })) as Row | null)
        : null;
      if (!row)
        throw new errors.NotFoundError(`No version ${String(id).slice(0, 20)} of this report`);
      return { ...summary(row), content: row.content };
    },

    /** The draft replaced by a version's content; the new version records where it came from. */
    async restore(documentId: string, id: unknown): Promise<ReportVersionSummary> {
      const version = await service.get(documentId, id);
      return strapi.db.transaction(async () => {
        await restoring.run(version.id, () =>
          strapi.documents(REPORT_UID).update({
            documentId,
            data: versionInput(version.content) as never,
          }),
        );
        const [latest] = await service.list(documentId);
        return latest;
      });
    },
  };
  return service;
};
