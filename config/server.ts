import type { Core } from '@strapi/strapi';

/**
 * The reverse proxies in front of the app (0: none). With N, a client's address (`ctx.ip`: the
 * per-client limits of the Word and PDF outputs) is the one the outermost of them received: the
 * Nth entry from the end of X-Forwarded-For, so addresses a client writes there itself are ignored.
 */
const proxies = (env: Core.Config.Shared.ConfigParams['env']) => {
  const count = env.int('TRUSTED_PROXIES', 0);
  return { koa: count > 0, maxIpsCount: count };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  proxy: proxies(env),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
