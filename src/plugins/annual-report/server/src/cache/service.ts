import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { memoryStore } from './memory-store';
import { redisStore } from './redis-store';
import type { CacheStore, CachedResponse } from './store';

const WARN_EVERY_MS = 60_000;

/**
 * The response cache of anonymous reads. Any failure of the store (Redis away) is a miss: the read
 * goes to the database, with one warning a minute in the log, never an error to the reader.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let store: CacheStore | undefined;
  let lastWarning = 0;

  const warn = (error: unknown) => {
    if (Date.now() - lastWarning < WARN_EVERY_MS) return;
    lastWarning = Date.now();
    strapi.log.warn(
      `annual-report cache: ${store?.kind ?? 'store'} unavailable, reading from the database (${(error as Error)?.message ?? error})`,
    );
  };

  const config = () => pluginConfig(strapi).cache;

  const getStore = (): CacheStore => {
    if (!store) {
      const { redisUrl, prefix, maxBytes, ttlSeconds } = config();
      store = redisUrl
        ? redisStore({ url: redisUrl, prefix, ttlSeconds, onUnavailable: warn })
        : memoryStore({ maxBytes, ttlSeconds });
    }
    return store;
  };

  return {
    get enabled() {
      return config().enabled;
    },

    /** At boot: connects to Redis before the first request (waiting two seconds at most). */
    async connect() {
      if (config().enabled) await getStore().ready(2000);
    },

    async lookup(key: string): Promise<{ value?: CachedResponse; generation?: string }> {
      try {
        return await getStore().get(key);
      } catch (error) {
        warn(error);
        return {};
      }
    },

    async store(key: string, value: CachedResponse, generation: string | undefined) {
      if (generation === undefined) return;
      try {
        await getStore().set(key, value, generation);
      } catch (error) {
        warn(error);
      }
    },

    async invalidate() {
      if (!config().enabled) return;
      try {
        await getStore().invalidate();
      } catch (error) {
        warn(error);
      }
    },

    async close() {
      await store?.close();
      store = undefined;
    },
  };
};
