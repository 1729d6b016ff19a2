import Redis from 'ioredis';
import type { CacheStore, CachedResponse } from './store';

interface Options {
  url: string;
  prefix: string;
  ttlSeconds: number;
  /** Called when Redis cannot be used; the caller answers from the database instead. */
  onUnavailable(error: unknown): void;
}

/**
 * A cache shared by every instance. Each read asks for the current generation and the entry under
 * it in one round trip, so an instance never serves an entry older than the last write, whichever
 * instance made it. Commands fail at once while Redis is away (no offline queue) and the client
 * keeps reconnecting; a generation bump that failed is retried as soon as Redis is back.
 */
export const redisStore = ({ url, prefix, ttlSeconds, onUnavailable }: Options) => {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('error', onUnavailable);
  const generationKey = `${prefix}:generation`;
  let bumpPending = false;

  const bump = async () => {
    try {
      await redis.incr(generationKey);
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
  const lookup = (key: string) =>
    (
      redis as unknown as {
        cachedResponse(k: string, p: string, key: string): Promise<[string, string | null]>;
      }
    ).cachedResponse(generationKey, prefix, key);

  const store: CacheStore = {
    kind: 'redis',
    async get(key) {
      // A write whose bump failed: nothing in Redis can be trusted until the bump is through.
      if (bumpPending) throw new Error('cache generation bump pending');
      const [generation, value] = await lookup(key);
      return { value: value ? (JSON.parse(value) as CachedResponse) : undefined, generation };
    },
    async set(key, value, generation) {
      await redis.set(`${prefix}:${generation}:${key}`, JSON.stringify(value), 'EX', ttlSeconds);
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
    async close() {
      redis.disconnect();
    },
  };
  return store;
};
