/**
 * The lemma sets the answer engine's corpus statistics count: a chunk's
 * (its title and text: how specific a word is, `corpus-vocabulary.ts`) and a
 * document's cleaned body (whether a word names an article or is its topic,
 * `find-document-references.ts`). One definition, so the counts the
 * embedded store keeps at index time are the ones computed in memory.
 */
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { lemmatize, tokenize } from './tokenize.js';

/**
 * Bumped whenever `lemmatize` can give another lemma for the same word: a store then makes
 * every chunk's and document's lemmas, and the lexical terms it searches, again once, from
 * their text. 3: a word ending in "ss" is its own lemma ("pass" was "pas"). 4: a plural closed
 * compound the dictionary lacks is its head's ("harbourmasters": "harbourmaster").
 */
export const LEMMA_VERSION = 4;

/** Distinct lemmas of a text, through the shared tokenizer. */
export function lemmaSet(text: string): Set<string> {
  return new Set(tokenize(text).map(lemmatize));
}

/** The lemmas a chunk counts for in the corpus vocabulary. */
export function chunkLemmas(chunk: Pick<Chunk, 'title' | 'text'>): Set<string> {
  return lemmaSet(`${chunk.title} ${chunk.text}`);
}

/** The lemmas of a document's body (its cleaned text). */
export function bodyLemmas(document: Pick<SourceDocument, 'cleanText'>): Set<string> {
  return lemmaSet(document.cleanText);
}
