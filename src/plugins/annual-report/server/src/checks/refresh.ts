import type { Core } from '@strapi/strapi';
import { RULES_VERSION } from '../../../shared/contracts/checks';
import { CHECKS_REFRESHED, type ChecksRefreshedEvent } from '../../../shared/contracts/events';
import { getService, PLUGIN_ID } from '../plugin-config';
import type { Status } from '../reports/loader';
import { REPORT_UID } from '../../../shared/contracts/uids';
import { storedChecks } from './stored-checks';

const BATCH = 50;
const STORE_KEY = 'rulesVersion';
// pg_advisory_xact_lock's key: any constant the other users of the database do not take.
const REFRESH_LOCK = 7_315_201_921;

/**
 * When the rules changed since the stored summaries were computed (RULES_VERSION differs from the
 * one recorded), every report's stored `checks` is recomputed, draft and published, in batches,
 * so the list view and the public reads never show counts of older rules.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const uid = () => REPORT_UID;

  const refresh = async (documentId: string, status: Status) => {
    const report = await getService(strapi, 'report-loader').load(documentId, status);
    if (!report) return;
    const checks = await getService(strapi, 'acknowledgements').summarize(
      documentId,
      await getService(strapi, 'checks').findings(report, status),
    );
    await strapi.db.query(uid()).update({
      where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
      data: storedChecks(checks),
    });
    if (status === 'published') {
      const event: ChecksRefreshedEvent = { documentId };
      await strapi.eventHub.emit(CHECKS_REFRESHED, event);
    }
  };

  // One refresh at a time in this process (SQLite's case), and across instances on PostgreSQL.
  let running: Promise<unknown> = Promise.resolve();
  const exclusively = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(async () => {
      if (strapi.db.dialect.client !== 'postgres') return work();
      return strapi.db.connection.transaction(async (trx) => {
        // Held until this transaction ends: the other instances wait here, then find it done.
        await trx.raw('select pg_advisory_xact_lock(?)', [REFRESH_LOCK]);
        return work();
      });
    });
    running = next.catch(() => undefined);
    return next;
  };

  const service = {
    /**
     * Recomputes the summaries when the rules changed, once: instances that boot together wait
     * for the one that took the lock, and find them current. The number of versions recomputed.
     */
    refreshIfStale(): Promise<number> {
      return exclusively(async () => ((await service.isStale()) ? service.refreshAll() : 0));
    },

    /** Whether the stored summaries were computed by other rules than these. */
    async isStale(): Promise<boolean> {
      return (await store().get({ key: STORE_KEY })) !== RULES_VERSION;
    },

    async refreshAll(): Promise<number> {
      let done = 0;
      for (let offset = 0; ; offset += BATCH) {
        const rows = (await strapi.db.query(uid()).findMany({
          select: ['documentId', 'publishedAt'],
          orderBy: { id: 'asc' },
          offset,
          limit: BATCH,
        })) as Array<{ documentId: string; publishedAt: string | null }>;
        for (const row of rows) {
          await refresh(row.documentId, row.publishedAt ? 'published' : 'draft');
        }
        done += rows.length;
        if (rows.length < BATCH) break;
        strapi.log.info(`annual-report: checks recomputed for ${done} report versions…`);
      }
      await getService(strapi, 'cache').invalidate();
      await store().set({ key: STORE_KEY, value: RULES_VERSION });
      strapi.log.info(
        `annual-report: checks of ${done} report versions recomputed with rules version ${RULES_VERSION}`,
      );
      return done;
    },
  };
  return service;
};
