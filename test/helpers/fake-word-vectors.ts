/**
 * A small stand-in for the packaged word vectors, so index-lifecycle tests
 * run in milliseconds: every word gets a stable pseudo-random vector, and
 * "frontier"/"border" are made near-synonyms. Words in `common` have a frequency
 * rank (common English) but no vector.
 */
import type { WordVectors } from '../../src/embed/word-vectors.js';

export function createFakeWordVectors(
  words: string[] = [],
  common: string[] = [],
): () => Promise<WordVectors> {
  return async () => {
    const dimension = 8;
    const vocabulary = [...new Set(['the', 'border', 'frontier', ...words])];
    const vectors = new Map<string, Float32Array>();
    vocabulary.forEach((word, position) => {
      const vector = Float32Array.from({ length: dimension }, (_, i) =>
        Math.sin((position + 1) * (i + 1)),
      );
      const norm = Math.hypot(...vector);
      vectors.set(
        word,
        vector.map((value) => value / norm),
      );
    });
    vectors.set('frontier', vectors.get('border')!);
    return {
      dimension,
      sourceSize: 100_000,
      words: vocabulary,
      rank: (word) =>
        vectors.has(word)
          ? vocabulary.indexOf(word)
          : common.includes(word)
            ? vocabulary.length + common.indexOf(word)
            : undefined,
      vector: (word) => vectors.get(word),
    };
  };
}
