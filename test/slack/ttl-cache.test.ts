/**
 * The bounded expiring map behind retry dedupe, known threads and answers.
 */
import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../src/slack/ttl-cache.js';

describe('createTtlCache', () => {
  it('says a key is new once, then already seen until it expires', () => {
    let now = 0;
    const cache = createTtlCache<true>({ ttlMs: 1000, now: () => now });
    expect(cache.add('Ev1', true)).toBe(true);
    expect(cache.add('Ev1', true)).toBe(false);
    now = 1001;
    expect(cache.add('Ev1', true)).toBe(true);
  });

  it('drops the oldest entries beyond its size cap', () => {
    const cache = createTtlCache<number>({ ttlMs: 1000, maxEntries: 2, now: () => 0 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
  });
});
