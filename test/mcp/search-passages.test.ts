import { describe, expect, it } from 'vitest';
import type { Chunk, Retriever } from '../../src/ingest/document-types.js';
import { SEARCH_CANDIDATES, searchPassages } from '../../src/mcp/search-passages.js';

const chunk = (docId: string, overrides: Partial<Chunk> = {}): Chunk => ({
  docId,
  title: `Title ${docId}`,
  date: null,
  source: null,
  chunkId: `${docId}#0`,
  kind: 'body',
  text: `Text of ${docId}.`,
  start: 0,
  end: 10,
  sentences: [{ start: 0, end: 10 }],
  ...overrides,
});

/** A retriever returning the given chunks in order, recording the `k` it was asked for. */
function fakeRetriever(chunks: Chunk[]) {
  const asked: number[] = [];
  const retriever: Retriever = {
    retrieve: async ({ k = 6 }) => {
      asked.push(k);
      return chunks.slice(0, k).map((c, index) => ({ chunk: c, score: 1 / (index + 1) }));
    },
  };
  return { retriever, asked };
}

describe('searchPassages', () => {
  const chunks = [
    chunk('a', { kind: 'metadata', chunkId: 'a#meta' }),
    chunk('a', { date: '2024-01-10', source: 'Dawn' }),
    chunk('b', { date: '2024-03-01', source: 'Al Jazeera' }),
    chunk('c', { date: null, source: 'dawn' }),
    chunk('d', { date: '2024-05-20', source: 'Dawn' }),
    // Dated to a month only.
    chunk('e', { date: '2024-06' }),
  ];

  it('returns article passages only, best first, with rounded scores', async () => {
    const { retriever, asked } = fakeRetriever(chunks);
    const passages = await searchPassages({ retriever, query: 'q', k: 2 });
    expect(passages.map((p) => p.chunkId)).toEqual(['a#0', 'b#0']);
    expect(passages[0]).toMatchObject({ score: 0.5, text: 'Text of a.', start: 0, end: 10 });
    expect(asked).toEqual([SEARCH_CANDIDATES]);
  });

  it.each([
    ['documents', { docIds: ['b', 'd'] }, ['b', 'd']],
    ['a publisher, whatever its case', { source: 'DAWN ' }, ['a', 'c', 'd']],
    ['a date range, leaving out undated documents', { dateFrom: '2024-02-01' }, ['b', 'd', 'e']],
    ['an end date', { dateTo: '2024-03-01' }, ['a', 'b']],
    ['a range overlapping a month a document is dated to', { dateFrom: '2024-06-10' }, ['e']],
  ])('filters by %s', async (_name, filters, docIds) => {
    const { retriever } = fakeRetriever(chunks);
    const passages = await searchPassages({ retriever, query: 'q', k: 10, filters });
    expect(passages.map((p) => p.docId)).toEqual(docIds);
  });
});
