/**
 * Remembers query embeddings per question text: the same question (or a
 * follow-up rewritten to the same text) is embedded once.
 */
import { LRUCache } from 'lru-cache';
import type { Embedder } from './embedder.js';

export interface QueryCacheOptions {
  embedder: Embedder;
  /** Most distinct question texts kept. */
  maxEntries?: number;
}

/**
 * Wraps `embedder` so `embedQuery` is cached (least recently used evicted
 * first). Documents pass straight through. Concurrent calls for the same text
 * share one computation; a failed one is not cached.
 */
export function withQueryCache({ embedder, maxEntries = 256 }: QueryCacheOptions): Embedder {
  const cache = new LRUCache<string, Promise<number[]>>({ max: maxEntries });
  return {
    id: embedder.id,
    dimension: embedder.dimension,
    settings: embedder.settings,
    embedDocuments: (texts) => embedder.embedDocuments(texts),
    embedQuery(text) {
      const cached = cache.get(text);
      if (cached) return cached;
      const pending = embedder.embedQuery(text);
      cache.set(text, pending);
      pending.catch(() => {
        if (cache.peek(text) === pending) cache.delete(text);
      });
      return pending;
    },
  };
}
