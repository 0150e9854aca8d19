/**
 * Keys seen within the last `ttlMs`, in memory. Slack retries an event it thinks we missed (up
 * to three times, over about five minutes) and sends both `message` and `app_mention` for one
 * mention; this is how each is answered once. No timers: expired keys are dropped on insert.
 */
export interface TtlSet {
  /** True when `key` is new (and is now remembered); false when it was seen within the TTL. */
  add(key: string): boolean;
  has(key: string): boolean;
  readonly size: number;
}

export function createTtlSet(ttlMs: number, maxSize = 50_000, now: () => number = Date.now): TtlSet {
  const seen = new Map<string, number>();
  const sweep = (t: number) => {
    // Insertion order is expiry order (the TTL is fixed), so expired keys sit at the front.
    for (const [key, expires] of seen) {
      if (expires > t && seen.size < maxSize) break;
      seen.delete(key);
    }
  };
  return {
    add(key) {
      const t = now();
      sweep(t);
      const expires = seen.get(key);
      if (expires !== undefined && expires > t) return false;
      seen.delete(key);
      seen.set(key, t + ttlMs);
      return true;
    },
    has(key) {
      const expires = seen.get(key);
      return expires !== undefined && expires > now();
    },
    get size() {
      return seen.size;
    },
  };
}
