import { LRUCache } from 'lru-cache';

export interface RateLimits {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a client regains per minute. */
  perMinute: number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was counted, ms on the limiter's clock. */
  at: number;
}

/** One token taken from `bucket` at `now`: the bucket after, and if refused when to come back. */
export const takeToken = (
  bucket: Bucket | undefined,
  now: number,
  { burst, perMinute }: RateLimits,
): { bucket: Bucket; retryAfterSeconds?: number } => {
  const elapsedMs = bucket ? Math.max(0, now - bucket.at) : 0;
  const tokens = bucket ? Math.min(burst, bucket.tokens + (elapsedMs / 60_000) * perMinute) : burst;
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now } };
  return {
    bucket: { tokens, at: now },
    retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute)),
  };
};

/**
 * A token bucket per client, in this process. At most `clients` are remembered (the least recently
 * seen is forgotten first, and comes back with a full bucket), so memory stays bounded whatever
 * the number of addresses.
 */
export const rateLimiter = ({
  limits,
  clients,
  now = () => performance.now(),
}: {
  limits: () => RateLimits;
  clients: number;
  now?: () => number;
}) => {
  const buckets = new LRUCache<string, Bucket>({ max: clients });
  return {
    /** null when `client` may go on; otherwise the seconds to wait (Retry-After). */
    take(client: string): number | null {
      const { bucket, retryAfterSeconds } = takeToken(buckets.get(client), now(), limits());
      buckets.set(client, bucket);
      return retryAfterSeconds ?? null;
    },
  };
};
