import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embed/embedder.js';
import { withQueryCache } from '../../src/embed/query-cache.js';

function countingEmbedder(failFirst = false) {
  const calls: string[] = [];
  const embedder: Embedder = {
    id: 'counting',
    dimension: 1,
    settings: { model: 'm' },
    embedDocuments: async (texts) => texts.map((text) => [text.length]),
    async embedQuery(text) {
      calls.push(text);
      if (failFirst && calls.length === 1) throw new Error('boom');
      return [text.length];
    },
  };
  return { embedder, calls };
}

describe('withQueryCache', () => {
  it('embeds a repeated question once', async () => {
    const { embedder, calls } = countingEmbedder();
    const cached = withQueryCache({ embedder });
    expect(await cached.embedQuery('who won?')).toEqual([8]);
    expect(await cached.embedQuery('who won?')).toEqual([8]);
    expect(calls).toEqual(['who won?']);
  });

  it('evicts the least recently used question when full', async () => {
    const { embedder, calls } = countingEmbedder();
    const cached = withQueryCache({ embedder, maxEntries: 2 });
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) await cached.embedQuery(text);
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not cache a failure', async () => {
    const { embedder, calls } = countingEmbedder(true);
    const cached = withQueryCache({ embedder });
    await expect(cached.embedQuery('q')).rejects.toThrow('boom');
    expect(await cached.embedQuery('q')).toEqual([1]);
    expect(calls).toEqual(['q', 'q']);
  });

  it('keeps the wrapped embedder identity and passes documents through', async () => {
    const { embedder, calls } = countingEmbedder();
    const cached = withQueryCache({ embedder });
    expect([cached.id, cached.dimension, cached.settings]).toEqual(['counting', 1, { model: 'm' }]);
    expect(await cached.embedDocuments(['ab'])).toEqual([[2]]);
    expect(calls).toEqual([]);
  });
});
