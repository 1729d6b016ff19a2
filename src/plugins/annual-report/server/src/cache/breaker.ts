export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long an open circuit refuses before one call is let through to try again. */
  cooldownMs: number;
  now?: () => number;
}

/**
 * A circuit breaker around a store that may hang or fail (Redis): after `failures` failures in a
 * row the store is not asked at all for `cooldownMs`, so every caller falls back at once instead
 * of waiting for a timeout each; then one call is let through, and its outcome closes or reopens.
 */
export function circuitBreaker({ failures, cooldownMs, now = Date.now }: BreakerOptions) {
  let failed = 0;
  let openedAt: number | undefined;
  let trial = false;

  const state = (): BreakerState => {
    if (openedAt === undefined) return 'closed';
    return now() - openedAt >= cooldownMs ? 'half-open' : 'open';
  };

  return {
    get state() {
      return state();
    },
    /** Whether to call the store now; in half-open, only one call at a time. */
    allow(): boolean {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || trial) return false;
      trial = true;
      return true;
    },
    success(): void {
      failed = 0;
      openedAt = undefined;
      trial = false;
    },
    failure(): void {
      failed += 1;
      trial = false;
      if (openedAt !== undefined || failed >= failures) openedAt = now();
    },
  };
}

export type Breaker = ReturnType<typeof circuitBreaker>;

/** Thrown instead of calling a store whose circuit is open. */
export class CircuitOpenError extends Error {
  constructor(what: string) {
    super(`${what}: circuit open after repeated failures, not asked`);
  }
}
