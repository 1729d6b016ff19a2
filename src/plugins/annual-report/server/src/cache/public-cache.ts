import type { Core } from '@strapi/strapi';
import { getService, pluginConfig } from '../plugin-config';
import { cacheKey } from './cache-key';
import { etagOf, matchesEtag } from './etag';
import type { CachedResponse } from './store';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Headers a cached answer must carry again: the page's policy, a download's file name. */
const KEPT_HEADERS = ['content-security-policy', 'content-disposition', 'x-content-type-options'];

const isText = (type: string) =>
  /^(text\/|application\/(json|javascript|xml)\b)|\+(json|xml)\b/.test(type);

/**
 * What the route answered, if it may be cached: a 200 with a body, no GraphQL error, and nothing
 * that asked not to be stored (a preview page).
 */
function captured(ctx: Ctx, graphql: boolean): CachedResponse | null {
  if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return null;
  // Apollo marks every answer no-store (it has no cache hints); its errors are checked below.
  if (!graphql && /no-store|private/.test(ctx.response.get('Cache-Control') ?? '')) return null;
  const raw = ctx.body as unknown;
  const type = ctx.response.get('Content-Type') || 'application/json';
  let body: string;
  let encoding: CachedResponse['encoding'];
  if (typeof raw === 'string') body = raw;
  else if (Buffer.isBuffer(raw) && !isText(type)) {
    body = raw.toString('base64');
    encoding = 'base64';
  } else if (Buffer.isBuffer(raw)) body = raw.toString('utf8');
  else if (typeof (raw as { pipe?: unknown }).pipe === 'function') return null;
  else body = JSON.stringify(raw);
  if (graphql && body.includes('"errors":')) return null;
  const headers = Object.fromEntries(
    KEPT_HEADERS.map((name) => [name, ctx.response.get(name)]).filter(([, value]) => value),
  );
  return {
    status: 200,
    type,
    etag: etagOf(body),
    body,
    ...(encoding ? { encoding } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}

function send(ctx: Ctx, response: CachedResponse, cacheControl: string, hit: boolean) {
  ctx.set('ETag', response.etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.set('X-Cache', hit ? 'HIT' : 'MISS');
  for (const [name, value] of Object.entries(response.headers ?? {})) ctx.set(name, value);
  if (matchesEtag(ctx.get('If-None-Match'), response.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = response.status;
  ctx.type = response.type;
  ctx.body =
    response.bytes ??
    (response.encoding === 'base64' ? Buffer.from(response.body, 'base64') : response.body);
}

/**
 * Serves anonymous reads of published content from the cache (memory, or Redis shared by every
 * instance), with an ETag and a short public Cache-Control. A request that wrote reports or
 * agencies moves the cache on once its transaction is committed and before its answer leaves, so
 * no reader is served the old version after the writer has its answer.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    const cache = getService(strapi, 'cache');
    const config = pluginConfig(strapi).cache;
    const graphqlPath = (strapi.config.get('plugin::graphql.endpoint') as string) ?? '/graphql';
    const key =
      cache.enabled &&
      cacheKey(
        {
          method: ctx.method,
          path: ctx.path,
          querystring: ctx.querystring,
          headers: ctx.headers,
          body: (ctx.request as { body?: unknown }).body,
        },
        { paths: config.paths, graphqlPath },
      );

    if (!key) {
      await next();
      if (ctx.state.annualReportCacheStale) await cache.invalidate();
      return;
    }

    const cacheControl = `public, max-age=${config.maxAge}, stale-while-revalidate=${config.staleWhileRevalidate}`;
    const { value, slot } = await cache.lookup(key);
    if (value) {
      send(ctx, value, cacheControl, true);
      return;
    }
    await next();
    const response = captured(ctx, ctx.path === graphqlPath);
    if (!response) return;
    await cache.store(slot, response);
    send(ctx, response, cacheControl, false);
  };
