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
}

export function createCorpusVocabulary(chunks: Chunk[], lexicon: WordVectors): CorpusVocabulary {
  const lemmas = new Set<string>();
  const words = new Set<string>();
  for (const chunk of chunks) {
    for (const token of tokenize(`${chunk.title} ${chunk.text}`)) {
      words.add(token);
      lemmas.add(lemmatize(token));
    }
  }
  const vectors = [...words].flatMap((word) => lexicon.vector(word) ?? []);
  return {
    mentions(token, { similarity = 0.7, name = false } = {}) {
      if (lemmas.has(lemmatize(token))) return true;
      const vector = name ? undefined : lexicon.vector(token);
      return vector ? vectors.some((other) => dot(vector, other) >= similarity) : false;
    },
  };
}
