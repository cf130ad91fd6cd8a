/**
 * The fit's pooling pass: each text's SIF-weighted sum of word vectors and its
 * raw (unit-length) embedding, from the full vectors, gathering the corpus's
 * words in the order first met. Run on the build's thread and, for a large
 * corpus, on a second thread over the other part of the texts
 * (`pool-texts-thread.ts`): each text's numbers do not depend on which thread
 * pooled it.
 */
import type { WordVectors } from './word-vectors.js';
import { WordVectorEmbedder } from './word-vector-embedder.js';

export interface PoolTextsOptions {
  source: WordVectors;
  texts: readonly string[];
  /** `texts.length × dimension`: text i's sum at `i × dimension`. */
  sums: Float64Array;
  /** The same layout: text i's raw embedding (`finish` of its sum, no common component). */
  raw: Float64Array;
}

/** Fills `sums` and `raw`; returns the texts' words in the order first met. */
export function poolTexts({ source, texts, sums, raw }: PoolTextsOptions): string[] {
  const pooling = new WordVectorEmbedder({ vectors: source, rememberWords: 500_000 });
  const dimension = source.dimension;
  const words = new Set<string>();
  texts.forEach((text, index) => {
    const sum = sums.subarray(index * dimension, (index + 1) * dimension);
    sum.set(pooling.pool(text, words));
    raw.set(pooling.finish(sum), index * dimension);
  });
  return [...words];
}
