/**
 * Token-bucket rate limiter keyed by a string (a conversation id or a hashed client address).
 * Issue 5 §5: per-conversation and per-address limits on the Direct Line endpoint.
 * Buckets idle for a full refill are dropped so the map cannot grow without bound.
 */
export interface RateLimiter {
  /** Takes one token; returns 0 when allowed, else the milliseconds until the next token. */
  take(key: string): number;
}

export function createRateLimiter(options: { perMinute: number; burst?: number; now?: () => number }): RateLimiter {
  const capacity = options.burst ?? options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();

  function sweep(t: number): void {
    const fullAfterMs = capacity / refillPerMs;
    if (t - lastSweep < fullAfterMs) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) if (t - bucket.at >= fullAfterMs) buckets.delete(key);
  }

  return {
    take(key) {
      const t = now();
      sweep(t);
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * refillPerMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs);
    },
  };
}
