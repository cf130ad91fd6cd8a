/**
 * What the corpus talks about at all: the lemmas of every chunk, and whether
 * any corpus word is a close neighbour of a given word. Lets the assistant
 * say "the articles say nothing about X" only when that is literally true.
 */
import { dot } from '../embed/term-weights.js';
import type { WordVectors } from '../embed/word-vectors.js';
import type { Chunk } from '../ingest/document-types.js';
import { lemmatize, tokenize } from '../text/tokenize.js';

export interface CorpusVocabulary {
  /** True when the corpus contains the word, or one whose vector is at least `similarity` close. */
  mentions(token: string, options?: { similarity?: number; name?: boolean }): boolean;
  /**
   * How much finding this lemma in a passage tells, from 0.6 (in nearly every
   * chunk, like "Pakistan" here) to 1 (in one chunk or none): BM25's inverse
   * document frequency, scaled to the corpus.
   */
  specificity(lemma: string): number;
}

export function createCorpusVocabulary(chunks: Chunk[], lexicon: WordVectors): CorpusVocabulary {
  const frequency = new Map<string, number>();
  const words = new Set<string>();
  for (const chunk of chunks) {
    const seen = new Set<string>();
    for (const token of tokenize(`${chunk.title} ${chunk.text}`)) {
      words.add(token);
      seen.add(lemmatize(token));
    }
    for (const lemma of seen) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  }
  const lemmas = new Set(frequency.keys());
  const idf = (df: number) => Math.log(1 + (chunks.length - df + 0.5) / (df + 0.5));
  const maxIdf = idf(1);
  const vectors = [...words].flatMap((word) => lexicon.vector(word) ?? []);
  return {
    specificity(lemma) {
      return maxIdf > 0 ? Math.min(1, Math.max(0.6, idf(frequency.get(lemma) ?? 0) / maxIdf)) : 1;
    },
    mentions(token, { similarity = 0.7, name = false } = {}) {
      if (lemmas.has(lemmatize(token))) return true;
      const vector = name ? undefined : lexicon.vector(token);
      return vector ? vectors.some((other) => dot(vector, other) >= similarity) : false;
    },
  };
}
