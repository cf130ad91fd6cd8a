/**
 * How specific each word is in this corpus: a word found in nearly every
 * chunk (a country the whole corpus is about) tells less than a rare one.
 */
import type { Chunk } from '../ingest/document-types.js';
import { chunkLemmas } from '../text/lemma-sets.js';

export interface CorpusVocabulary {
  /**
   * How much finding this lemma in a passage tells, from 0.6 (in nearly every
   * chunk, like "Pakistan" here) to 1 (in one chunk or none): BM25's inverse
   * document frequency, scaled to the corpus.
   */
  specificity(lemma: string): number;
}

/** Counts every chunk's lemmas (`chunkLemmas`) in memory. */
export function createCorpusVocabulary(chunks: Chunk[]): CorpusVocabulary {
  const frequency = new Map<string, number>();
  for (const chunk of chunks) {
    for (const lemma of chunkLemmas(chunk)) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  }
  return vocabularyFromCounts({
    chunks: chunks.length,
    frequency: (lemma) => frequency.get(lemma) ?? 0,
  });
}

/**
 * Lemmas whose specificity a vocabulary remembers (then it forgets them all): ≈ 1 MB at most,
 * far more than the lemmas questions ask about between two changes of a corpus.
 */
const MAX_REMEMBERED_LEMMAS = 10_000;

/**
 * The vocabulary over counts kept elsewhere (the embedded store keeps them at index time).
 * Each lemma's count is read once: the store's was a query for every question term, ≈ 3 % of
 * answering; a vocabulary is made anew whenever its corpus changes (`createDeps`).
 */
export function vocabularyFromCounts({
  chunks,
  frequency,
}: {
  /** Chunks in the corpus. */
  chunks: number;
  /** Chunks whose `chunkLemmas` hold the lemma. */
  frequency: (lemma: string) => number;
}): CorpusVocabulary {
  const idf = (df: number) => Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
  const maxIdf = idf(1);
  const remembered = new Map<string, number>();
  return {
    specificity(lemma) {
      let specificity = remembered.get(lemma);
      if (specificity === undefined) {
        specificity = maxIdf > 0 ? Math.min(1, Math.max(0.6, idf(frequency(lemma)) / maxIdf)) : 1;
        if (remembered.size >= MAX_REMEMBERED_LEMMAS) remembered.clear();
        remembered.set(lemma, specificity);
      }
      return specificity;
    },
  };
}
