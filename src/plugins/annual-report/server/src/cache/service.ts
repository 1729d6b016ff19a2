import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../plugin-config';
import { circuitBreaker, type Breaker } from './breaker';
import { committedGeneration } from './generation';
import { memoryStore } from './memory-store';
import { redisStore } from './redis-store';
import type { CacheStore, CachedResponse } from './store';

const WARN_EVERY_MS = 60_000;

/** Where a looked-up response is stored again: its full key and the store's generation. */
export interface CacheSlot {
  key: string;
  generation: string;
}

/**
 * The response cache of anonymous reads. Entries are keyed under the generation the database
 * committed (generation.ts) and, in Redis, under Redis's own generation as well. Any failure of the
 * store (Redis away, hung, or its breaker open) is a miss: the read goes to the database, with one
 * warning a minute in the log, never an error to the reader.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let store: CacheStore | undefined;
  let breaker: Breaker | undefined;
  let lastWarning = 0;
  const config = () => pluginConfig(strapi).cache;
  const committed = committedGeneration(strapi, config().generationCheckMs);

  const warn = (error: unknown) => {
    if (Date.now() - lastWarning < WARN_EVERY_MS) return;
    lastWarning = Date.now();
    strapi.log.warn(
      `annual-report cache: ${store?.kind ?? 'store'} unavailable, reading from the database (${(error as Error)?.message ?? error})`,
    );
  };

  const getStore = (): CacheStore => {
    if (!store) {
      const { redisUrl, prefix, maxBytes, ttlSeconds, redis } = config();
      breaker = circuitBreaker(redis.breaker);
      store = redisUrl
        ? redisStore({
            url: redisUrl,
            prefix,
            ttlSeconds,
            commandTimeoutMs: redis.commandTimeoutMs,
            maxKeys: redis.maxKeys,
            breaker,
            onUnavailable: warn,
          })
        : memoryStore({ maxBytes, ttlSeconds });
    }
    return store;
  };

  return {
    get enabled() {
      return config().enabled;
    },

    /** At boot: the generation row, and Redis connected before the first request (2 s at most). */
    async connect() {
      if (!config().enabled) return;
      await committed.ensure();
      await getStore().ready(2000);
    },

    async lookup(key: string): Promise<{ value?: CachedResponse; slot?: CacheSlot }> {
      try {
        const full = `${await committed.current()}:${key}`;
        const { value, generation } = await getStore().get(full);
        return { value, slot: { key: full, generation } };
      } catch (error) {
        warn(error);
        return {};
      }
    },

    async store(slot: CacheSlot | undefined, value: CachedResponse) {
      if (!slot || value.body.length > config().maxEntryBytes) return;
      try {
        await getStore().set(slot.key, value, slot.generation);
      } catch (error) {
        warn(error);
      }
    },

    /** In the transaction of a write the public sees: the committed generation moves with it. */
    async commitChange() {
      if (config().enabled) await committed.bump();
    },

    /** After the commit: the store's own generation moves, for every instance at once. */
    async invalidate() {
      if (!config().enabled) return;
      try {
        await getStore().invalidate();
      } catch (error) {
        warn(error);
      }
    },

    /** For the readiness endpoint: the store's kind, whether it answers, and the breaker. */
    async health(): Promise<{ store: string; ok: boolean; breaker?: string }> {
      if (!config().enabled) return { store: 'off', ok: true };
      const current = getStore();
      try {
        await current.ping?.();
        return { store: current.kind, ok: true, breaker: breaker?.state };
      } catch {
        return { store: current.kind, ok: false, breaker: breaker?.state };
      }
    },

    async close() {
      await store?.close();
      store = undefined;
    },
  };
};
