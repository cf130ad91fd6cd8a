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

export interface TextPoolerOptions {
  source: WordVectors;
  texts: readonly string[];
  /** `texts.length × dimension`: text i's sum at `i × dimension`. */
  sums: Float64Array;
  /** The same layout: text i's raw embedding (`finish` of its sum, no common component). */
  raw: Float64Array;
}

/** Pools texts `from` to `to` into `sums` and `raw`, adding their words first met to `words`. */
export type TextPooler = (from: number, to: number, words?: Set<string>) => void;

/** A pooler over `texts` (one word cache for every call). */
export function createTextPooler({ source, texts, sums, raw }: TextPoolerOptions): TextPooler {
  const pooling = new WordVectorEmbedder({ vectors: source, rememberWords: 500_000 });
  const dimension = source.dimension;
  return (from, to, words) => {
    for (let index = from; index < to; index += 1) {
      const sum = sums.subarray(index * dimension, (index + 1) * dimension);
      sum.set(pooling.pool(texts[index]!, words));
      raw.set(pooling.finish(sum), index * dimension);
    }
  };
}

/**
 * Takes the next block of the second thread's part: from the front for the thread itself, from
 * the back for the build's thread once its own part is done (a thread starved of a core then
 * holds nothing up). `claims` packs the next front block (low 16 bits) and the end of the
 * blocks not yet taken (high 16 bits); null when every block is taken.
 */
export function claimBlock(claims: Int32Array, end: 'front' | 'back'): number | null {
  for (;;) {
    const value = Atomics.load(claims, 0);
    const front = value & 0xffff;
    const back = value >>> 16;
    if (front >= back) return null;
    const next = end === 'front' ? (back << 16) | (front + 1) : ((back - 1) << 16) | front;
    if (Atomics.compareExchange(claims, 0, value, next) === value)
      return end === 'front' ? front : back - 1;
  }
}

/** The claims of `blocks` blocks, none taken. */
export function createClaims(blocks: number): Int32Array {
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  claims[0] = blocks << 16;
  return claims;
}
