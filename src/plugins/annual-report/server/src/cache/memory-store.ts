import { LRUCache } from 'lru-cache';
import type { CacheStore, CachedResponse } from './store';

/** One instance's cache, bounded by the bytes of the bodies it holds (least recently used out). */
export const memoryStore = ({ maxBytes, ttlSeconds }: { maxBytes: number; ttlSeconds: number }) => {
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (value, key) =>
      (value.bytes?.length ?? 0) + (value.body.length + key.length) * 2 + 200,
    ttl: ttlSeconds * 1000,
  });
  let generation = 0;
  const store: CacheStore = {
    kind: 'memory',
    async get(key) {
      return { value: entries.get(key), generation: String(generation) };
    },
    async set(key, value, seen) {
      if (seen !== String(generation)) return;
      const bytes = Buffer.from(value.body, value.encoding === 'base64' ? 'base64' : 'utf8');
      entries.set(key, { ...value, bytes });
    },
    async invalidate() {
      generation += 1;
      entries.clear();
    },
    async ready() {},
    async close() {
      entries.clear();
    },
  };
  return store;
};
