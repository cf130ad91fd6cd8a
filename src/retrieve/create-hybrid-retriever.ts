/**
 * Hybrid retrieval: BM25 and dense nearest neighbours, fused by reciprocal
 * rank. Lexical search catches names and numbers, dense search catches
 * paraphrases ("frontier" for "border").
 */
import type {
  Chunk,
  RetrievedPassage,
  Retriever,
  RetrieveOptions,
} from '../ingest/document-types.js';
import type { Embedder } from '../embed/embedder.js';
import type { VectorStore } from '../store/vector-store.js';
import { fuseRankings } from './fuse-rankings.js';
import type { LexicalRanker } from './lexical-ranker.js';

export interface HybridRetrieverOptions {
  chunks: Chunk[];
  embedder: Embedder;
  vectorStore: VectorStore;
  lexical: LexicalRanker;
  /** How many candidates each ranker contributes before fusion. */
  candidates?: number;
  denseWeight?: number;
  lexicalWeight?: number;
}

export function createHybridRetriever({
  chunks,
  embedder,
  vectorStore,
  lexical,
  candidates = 30,
  denseWeight = 0.25,
  lexicalWeight = 1,
}: HybridRetrieverOptions): Retriever {
  return {
    async retrieve({ query, k = 6 }: RetrieveOptions): Promise<RetrievedPassage[]> {
      if (query.trim() === '' || chunks.length === 0) return [];
      const depth = Math.max(candidates, k);
      const dense = vectorStore.search(await embedder.embedQuery(query), depth);
      const lexicalMatches = lexical.search(query, depth);
      const fused = fuseRankings([
        { ids: dense.map((match) => match.position), weight: denseWeight },
        { ids: lexicalMatches.map((match) => match.position), weight: lexicalWeight },
      ]);
      return fused.slice(0, k).flatMap(({ id, score }) => {
        const chunk = chunks[id];
        return chunk ? [{ chunk, score }] : [];
      });
    },
  };
}
