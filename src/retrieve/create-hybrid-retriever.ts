/**
 * Hybrid retrieval: BM25 and dense nearest neighbours from the store, fused
 * by reciprocal rank. Lexical search catches names and numbers, dense search
 * catches paraphrases ("frontier" for "border"). Filters are applied inside
 * both searches by the store, so the top k are the best allowed chunks.
 */
import type {
  Chunk,
  RetrievedPassage,
  Retriever,
  RetrieveOptions,
} from '../ingest/document-types.js';
import type { Embedder } from '../embed/embedder.js';
import type { CorpusStore } from '../store/corpus-store.js';
import { fuseRankings } from './fuse-rankings.js';

export interface HybridRetrieverOptions {
  store: Pick<CorpusStore, 'searchLexical' | 'searchVectors' | 'getChunks'>;
  embedder: Embedder;
  /** The chunks readers hold, by id (the snapshot's objects); unknown ids are read from the store. */
  chunkById?: (chunkId: string) => Chunk | undefined;
  /** How many candidates each ranker contributes before fusion. */
  candidates?: number;
  denseWeight?: number;
  lexicalWeight?: number;
}

export function createHybridRetriever({
  store,
  embedder,
  chunkById = () => undefined,
  candidates = 30,
  denseWeight = 0.25,
  lexicalWeight = 1,
}: HybridRetrieverOptions): Retriever {
  return {
    async retrieve({ query, k = 6, filters }: RetrieveOptions): Promise<RetrievedPassage[]> {
      if (query.trim() === '') return [];
      const depth = Math.max(candidates, k);
      const [dense, lexical] = await Promise.all([
        embedder
          .embedQuery(query)
          .then((vector) => store.searchVectors({ vector, k: depth, filters })),
        store.searchLexical({ query, k: depth, filters }),
      ]);
      const ids: string[] = [];
      const numberOf = new Map<string, number>();
      const number = (chunkId: string) => {
        let found = numberOf.get(chunkId);
        if (found === undefined) {
          found = ids.length;
          ids.push(chunkId);
          numberOf.set(chunkId, found);
        }
        return found;
      };
      const fused = fuseRankings([
        { ids: dense.map((hit) => number(hit.chunkId)), weight: denseWeight },
        { ids: lexical.map((hit) => number(hit.chunkId)), weight: lexicalWeight },
      ]).slice(0, k);
      const wanted = fused.map(({ id }) => ids[id]!);
      const missing = wanted.filter((chunkId) => chunkById(chunkId) === undefined);
      const read = new Map(
        (missing.length > 0 ? await store.getChunks(missing) : []).map((chunk) => [
          chunk.chunkId,
          chunk,
        ]),
      );
      return fused.flatMap(({ id, score }) => {
        const chunk = chunkById(ids[id]!) ?? read.get(ids[id]!);
        return chunk ? [{ chunk, score }] : [];
      });
    },
  };
}
