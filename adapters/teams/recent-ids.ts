/**
 * Ids seen recently, forgotten after `ttlMs` or when more than `max` are held (oldest first). Used to
 * drop a redelivered activity and to welcome a conversation once when Teams sends both
 * installationUpdate and conversationUpdate for the same install.
 */
export interface RecentIds {
  /** True when `id` was already seen (and still remembered); remembers it either way. */
  seen(id: string): boolean;
}

export function createRecentIds(options: { ttlMs: number; max: number; now?: () => number }): RecentIds {
  const now = options.now ?? Date.now;
  const expires = new Map<string, number>();
  return {
    seen(id) {
      const t = now();
      for (const [key, until] of expires) {
        if (until > t && expires.size <= options.max) break;
        expires.delete(key);
      }
      const known = (expires.get(id) ?? 0) > t;
      expires.delete(id);
      expires.set(id, t + options.ttlMs);
      return known;
    },
  };
}
