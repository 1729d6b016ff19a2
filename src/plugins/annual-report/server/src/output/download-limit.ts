import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { mayReadDrafts } from '../../../shared/contracts/draft-access';
import { getService } from '../plugin-config';
import { clientKey } from './client-key';

/**
 * Takes the client's token for a Word or PDF document about to be made (config `rateLimit`):
 * called once the report is found, so only renders count (cached answers never reach a route). A
 * client without an API token whose bucket is empty gets a 429 with Retry-After; site users count
 * as anonymous, since anyone may register. `ctx.ip` is the forwarded address only behind trusted
 * proxies (config/server.ts).
 */
export const takeDownloadToken = (strapi: Core.Strapi, ctx: Context): void => {
  if (mayReadDrafts(ctx.state.auth)) return;
  const retryAfter = getService(strapi, 'rate-limit').take(clientKey(ctx.ip));
  if (retryAfter === null) return;
  ctx.set('Retry-After', String(retryAfter));
  throw new errors.RateLimitError(
    `Too many Word and PDF downloads from this address: try again in ${retryAfter} s`,
    { retryAfter },
  );
};
