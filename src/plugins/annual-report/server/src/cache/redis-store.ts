import Redis from 'ioredis';
import { CircuitOpenError, type Breaker } from './breaker';
import type { CacheStore, CachedResponse } from './store';

interface Options {
  url: string;
  prefix: string;
  ttlSeconds: number;
  /** A command not answered in this time fails (a hung Redis must not hold a read). */
  commandTimeoutMs: number;
  /** Entries stored under one generation at most (Redis has no per-prefix memory limit). */
  maxKeys: number;
  breaker: Breaker;
  /** Called when Redis cannot be used; the caller answers from the database instead. */
  onUnavailable(error: unknown): void;
}

type Scripted = Redis & {
  cachedResponse(
    generationKey: string,
    prefix: string,
    key: string,
  ): Promise<[string, string | null]>;
  storeResponse(
    countKey: string,
    entryKey: string,
    value: string,
    ttl: number,
    maxKeys: number,
  ): Promise<number>;
};

/**
 * A cache shared by every instance. Each read asks for the current generation and the entry under
 * it in one round trip, so an instance never serves an entry older than the last write, whichever
 * instance made it. Commands fail at once while Redis is away (no offline queue), after
 * `commandTimeoutMs` when it hangs, and not at all while the breaker is open; the client keeps
 * reconnecting, and a generation bump that failed is retried as soon as Redis is back.
 */
export const redisStore = ({
  url,
  prefix,
  ttlSeconds,
  commandTimeoutMs,
  maxKeys,
  breaker,
  onUnavailable,
}: Options) => {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(commandTimeoutMs, 1000),
    retryStrategy: (times) => Math.min(times * 200, 2000),
  }) as Scripted;
  redis.on('error', onUnavailable);
  const generationKey = `${prefix}:generation`;
  let bumpPending = false;

  const guarded = async <T>(command: () => Promise<T>): Promise<T> => {
    if (!breaker.allow()) throw new CircuitOpenError('Redis');
    try {
      const result = await command();
      breaker.success();
      return result;
    } catch (error) {
      breaker.failure();
      throw error;
    }
  };

  const bump = async () => {
    try {
      await guarded(() => redis.incr(generationKey));
      bumpPending = false;
    } catch (error) {
      bumpPending = true;
      throw error;
    }
  };
  redis.on('ready', () => {
    if (bumpPending) bump().catch(onUnavailable);
  });

  // GET generation, then GET the entry of that generation, atomically.
  redis.defineCommand('cachedResponse', {
    numberOfKeys: 1,
    lua: `local g = redis.call('GET', KEYS[1]) or '0'
          return {g, redis.call('GET', ARGV[1] .. ':' .. g .. ':' .. ARGV[2])}`,
  });
  // SET the entry unless the generation already holds maxKeys entries.
  redis.defineCommand('storeResponse', {
    numberOfKeys: 2,
    lua: `local n = redis.call('INCR', KEYS[1])
          if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
          if n > tonumber(ARGV[3]) then return 0 end
          redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
          return 1`,
  });

  const store: CacheStore = {
    kind: 'redis',
    async get(key) {
      // A write whose bump failed: nothing in Redis can be trusted until the bump is through.
      if (bumpPending) throw new Error('cache generation bump pending');
      const [generation, value] = await guarded(() =>
        redis.cachedResponse(generationKey, prefix, key),
      );
      return { value: value ? (JSON.parse(value) as CachedResponse) : undefined, generation };
    },
    async set(key, value, generation) {
      await guarded(() =>
        redis.storeResponse(
          `${prefix}:${generation}:count`,
          `${prefix}:${generation}:${key}`,
          JSON.stringify(value),
          ttlSeconds,
          maxKeys,
        ),
      );
    },
    invalidate: bump,
    ready: (timeoutMs) =>
      new Promise((resolve) => {
        if (redis.status === 'ready') return resolve();
        const timer = setTimeout(resolve, timeoutMs);
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      }),
    async ping() {
      await guarded(() => redis.ping());
    },
    async close() {
      redis.disconnect();
    },
  };
  return store;
};
