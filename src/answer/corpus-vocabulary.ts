/**
 * How specific each word is in this corpus: a word found in nearly every
 * chunk (a country the whole corpus is about) tells less than a rare one.
 */
import type { Chunk } from '../ingest/document-types.js';
import { lemmatize, tokenize } from '../text/tokenize.js';

export interface CorpusVocabulary {
  /**
   * How much finding this lemma in a passage tells, from 0.6 (in nearly every
   * chunk, like "Pakistan" here) to 1 (in one chunk or none): BM25's inverse
   * document frequency, scaled to the corpus.
   */
  specificity(lemma: string): number;
}

export function createCorpusVocabulary(chunks: Chunk[]): CorpusVocabulary {
  const frequency = new Map<string, number>();
  for (const chunk of chunks) {
    const seen = new Set(tokenize(`${chunk.title} ${chunk.text}`).map(lemmatize));
    for (const lemma of seen) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  }
  const idf = (df: number) => Math.log(1 + (chunks.length - df + 0.5) / (df + 0.5));
  const maxIdf = idf(1);
  return {
    specificity(lemma) {
      return maxIdf > 0 ? Math.min(1, Math.max(0.6, idf(frequency.get(lemma) ?? 0) / maxIdf)) : 1;
    },
  };
}
