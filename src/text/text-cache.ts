/**
 * A least-recently-used cache of what is computed from a text, keyed by the
 * text itself and bounded by characters of text. What depends on nothing but
 * its text (a parse, a bag of words) cannot go stale: a changed sentence is
 * another key, and the old one ages out.
 */
import { LRUCache } from 'lru-cache';

export type TextCache<T extends object> = LRUCache<string, T>;

/** A cache holding at most `maxCharacters` characters of keys. */
export function createTextCache<T extends object>({
  maxCharacters,
}: {
  maxCharacters: number;
}): TextCache<T> {
  return new LRUCache<string, T>({
    maxSize: maxCharacters,
    sizeCalculation: (_value, text) => Math.max(1, text.length),
  });
}

/** The cached value for `text`, made and kept (unless longer than the whole cache) when absent. */
export function cachedFor<T extends object>(
  cache: TextCache<T> | undefined,
  text: string,
  make: (text: string) => T,
): T {
  const known = cache?.get(text);
  if (known) return known;
  const value = make(text);
  if (cache && text.length <= cache.maxSize) cache.set(text, value);
  return value;
}
