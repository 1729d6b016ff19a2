import type { Core, Modules } from '@strapi/strapi';
import { getService } from '../plugin-config';
import { faultPoint } from './fault-point';
import { REPORT_UID, AGENCY_UID } from '../../../shared/contracts/uids';

const PUBLIC_CHANGES = new Set(['publish', 'unpublish', 'delete']);
const WRITES = new Set(['create', 'update', 'clone', 'delete']);

/**
 * Moves the response cache on now, again once the current transaction commits, and again before
 * the current request answers (public-cache.ts), so no reader is served what was there before.
 */
export const moveCacheOn = async (strapi: Core.Strapi) => {
  const cache = getService(strapi, 'cache');
  await cache.invalidate();
  const request = strapi.requestContext.get();
  if (request) request.state.annualReportCacheStale = true;
  if (strapi.db.inTransaction()) {
    strapi.db.transaction(({ onCommit }) => onCommit(() => void cache.invalidate()));
  }
};

/**
 * Moves the response cache on whenever what the public reads changes: a report published,
 * unpublished, deleted, or written with status published; any write to an agency. The committed
 * generation (generation.ts) moves in the write's own transaction, so a crash after the commit, or
 * a Redis that restarts without it, cannot keep an older version served. Registered before the
 * report middleware, so its transaction holds that middleware's: the store's generation moves
 * after the write is committed. When a caller holds a transaction of its own (the Content Manager
 * saves and publishes in one), the request is marked and the cache moves again before it answers.
 */
export const cacheInvalidation =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as { status?: string };
    const changesPublic =
      (context.uid === REPORT_UID &&
        (PUBLIC_CHANGES.has(context.action) ||
          (WRITES.has(context.action) && params?.status === 'published'))) ||
      (context.uid === AGENCY_UID && WRITES.has(context.action));
    if (!changesPublic) return next();

    const result = await strapi.db.transaction(async () => {
      const written = await next();
      await getService(strapi, 'cache').commitChange();
      return written;
    });
    faultPoint('after-commit-before-cache-bump');
    await moveCacheOn(strapi);
    return result;
  };
