import type { Core } from '@strapi/strapi';
import { mayReadDrafts } from '../../../shared/contracts/draft-access';
import { errorBody } from '../error-body';
import { getService } from '../plugin-config';
import { clientKey } from './client-key';

/**
 * Route middleware of the expensive outputs (Word, PDF): a client without an API token gets a
 * 429 with Retry-After once its bucket is empty. Site users count as anonymous: anyone may
 * register. `ctx.ip` is the forwarded address only when the app trusts its proxy (server.proxy).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    if (mayReadDrafts(ctx.state.auth)) return next();
    const retryAfter = getService(strapi, 'rate-limit').take(clientKey(ctx.ip));
    if (retryAfter === null) return next();
    ctx.status = 429;
    ctx.set('Retry-After', String(retryAfter));
    ctx.body = errorBody(
      429,
      'TooManyRequestsError',
      `Too many Word and PDF downloads from this address: try again in ${retryAfter} s`,
    );
  };
