/**
 * How much a word says: smooth inverse frequency (Arora et al., 2017),
 * a / (a + p(w)), with p(w) estimated from the word's rank by Zipf's law.
 * Frequent words ("the", "said") weigh almost nothing, rare ones about 1.
 */
import type { WordVectors } from './word-vectors.js';

const SMOOTHING = 1e-3;

/** SIF weight of `word`; words outside the vocabulary count as rare (1). */
export function termWeight(vectors: WordVectors, word: string): number {
  const rank = vectors.rank(word);
  if (rank === undefined) return 1;
  const harmonic = Math.log(vectors.sourceSize) + 0.5772;
  const probability = 1 / ((rank + 1) * harmonic);
  return SMOOTHING / (SMOOTHING + probability);
}

/** Cosine of two unit vectors. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}
