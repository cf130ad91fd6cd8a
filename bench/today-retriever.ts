/**
 * Today's hybrid retrieval (before issue 13), for the side-by-side: the
 * same HNSW graph, MiniSearch BM25 on the heap, fused by reciprocal rank with
 * the same weights as the store's retriever.
 */
import type { Chunk, RetrievedPassage } from '../src/ingest/document-types.js';
import type { Embedder } from '../src/embed/embedder.js';
import { fuseRankings } from '../src/retrieve/fuse-rankings.js';
import type { CorpusStore } from '../src/store/corpus-store.js';
import type { LexicalRanker } from './minisearch-ranker.js';

export function createTodayRetriever({
  chunks,
  embedder,
  store,
  lexical,
}: {
  chunks: Chunk[];
  embedder: Embedder;
  store: CorpusStore;
  lexical: LexicalRanker;
}) {
  const position = new Map(chunks.map((chunk, index) => [chunk.chunkId, index]));
  return {
    async retrieve({ query, k = 6 }: { query: string; k?: number }): Promise<RetrievedPassage[]> {
      const dense = await store.searchVectors({ vector: await embedder.embedQuery(query), k: 30 });
      const fused = fuseRankings([
        { ids: dense.map((hit) => position.get(hit.chunkId)!), weight: 0.25 },
        { ids: lexical.search(query, 30).map((match) => match.position), weight: 1 },
      ]);
      return fused.slice(0, k).map(({ id, score }) => ({ chunk: chunks[id]!, score }));
    },
  };
}
