import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { rateLimiter } from './token-bucket';

/** The token buckets of Word and PDF downloads, one per client, shared by both routes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let limiter: ReturnType<typeof rateLimiter> | undefined;
  return {
    /** null when `client` may download now; otherwise the seconds to wait. */
    take(client: string): number | null {
      const config = pluginConfig(strapi).rateLimit;
      if (!config.enabled) return null;
      limiter ??= rateLimiter({
        limits: () => pluginConfig(strapi).rateLimit,
        clients: config.clients,
      });
      return limiter.take(client);
    },
  };
};
