import type { Core } from '@strapi/strapi';
import { serviceUnavailable } from '../error-body';
import { CONNECTION_LOST, isConnectionError } from './connection-errors';

const RETRY_AFTER_SECONDS = 2;

/**
 * A request the database could not complete because its connection was lost (a read after its
 * retry, or a write, which is never retried: its transaction was rolled back) answers 503 with
 * Retry-After, not 500: nothing was saved, and trying again shortly will work.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      // Strapi reports some lost connections as other errors ("Invalid relations", a 400): the
      // request's own queries tell (markLostConnections).
      if (!isConnectionError(error) && !ctx.state[CONNECTION_LOST]) throw error;
      strapi.log.warn(
        `${ctx.method} ${ctx.path}: database connection lost (${(error as Error).message}); answered 503`,
      );
      serviceUnavailable(
        ctx,
        RETRY_AFTER_SECONDS,
        'The database connection was lost; nothing was saved. Try again in a moment.',
      );
    }
  };
