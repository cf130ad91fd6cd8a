/**
 * A small bounded map whose entries expire: remembers recent Slack event ids
 * (so redeliveries are not answered twice), threads the bot replied in, and
 * answers awaiting feedback, without growing without bound.
 */

export interface TtlCacheOptions {
  /** How long an entry lives, in milliseconds. */
  ttlMs: number;
  /** The oldest entries are dropped beyond this many. */
  maxEntries?: number;
  /** Clock in epoch milliseconds; injected so tests control expiry. */
  now?: () => number;
}

export interface TtlCache<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  set(key: string, value: V): void;
  /** Records the key and says whether it was new (false: already seen). */
  add(key: string, value: V): boolean;
  readonly size: number;
}

/** Creates an insertion-ordered map with per-entry expiry and a size cap. */
export function createTtlCache<V>({
  ttlMs,
  maxEntries = 10_000,
  now = Date.now,
}: TtlCacheOptions): TtlCache<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();

  function prune(): void {
    const current = now();
    // Map keeps insertion order and every entry has the same TTL, so the
    // expired ones are always at the front.
    for (const [key, entry] of entries) {
      if (entry.expiresAt > current && entries.size <= maxEntries) break;
      entries.delete(key);
    }
  }

  function get(key: string): V | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  function set(key: string, value: V): void {
    entries.delete(key);
    entries.set(key, { value, expiresAt: now() + ttlMs });
    prune();
  }

  return {
    get,
    has: (key) => get(key) !== undefined,
    set,
    add(key, value) {
      if (get(key) !== undefined) return false;
      set(key, value);
      return true;
    },
    get size() {
      prune();
      return entries.size;
    },
  };
}
