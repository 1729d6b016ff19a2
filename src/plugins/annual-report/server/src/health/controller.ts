import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../plugin-config';

const DATABASE_TIMEOUT_MS = 2000;

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);

/**
 * Readiness for a load balancer: 200 while the database answers (a Redis away or its breaker
 * open only slows reads: they fall back to the database, so it is reported, not fatal); 503 when
 * the database does not. Never cached, no detail beyond states.
 */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  ({
    async ready(ctx: Context) {
      let database = true;
      try {
        await withTimeout(strapi.db.connection.raw('select 1'), DATABASE_TIMEOUT_MS);
      } catch {
        database = false;
      }
      const cache = await getService(strapi, 'cache').health();
      ctx.set('Cache-Control', 'no-store');
      ctx.status = database ? 200 : 503;
      ctx.body = {
        status: database ? (cache.ok ? 'ready' : 'degraded') : 'unavailable',
        database: database ? 'up' : 'down',
        cache,
      };
    },
  }) satisfies Core.Controller;
