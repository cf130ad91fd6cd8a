/**
 * What the embedded store keeps of a chunk's words: FTS5's terms and BM25's
 * field lengths of its body (its search text) and its title, and the lemmas
 * the corpus vocabulary counts (`chunkLemmas`). Each text is tokenized once,
 * and a title once for all of its document's chunks: written as `toFtsText`,
 * a count of distinct tokens and `chunkLemmas` each tokenizing on its own,
 * a build tokenized every chunk four more times than this.
 */
import type { Chunk } from '../ingest/document-types.js';
import { lexicalTermsOf } from '../text/lexical-terms.js';
import { lemmatize, tokenize } from '../text/tokenize.js';

/** One field as FTS5 and BM25 see it. */
export interface FieldWords {
  /** FTS5's text: the field's lexical terms joined by spaces (`toFtsText`). */
  terms: string;
  /** Its length as BM25 normalises it: its distinct tokens. */
  length: number;
}

/** A title's tokens and field, made once for the chunks that share it. */
export interface TitleWords {
  title: string;
  tokens: string[];
  field: FieldWords;
}

export interface ChunkWords {
  body: FieldWords;
  title: FieldWords;
  /** The chunk's distinct lemmas, title first (`chunkLemmas`, in its order). */
  lemmas: Set<string>;
}

/** A field of these tokens. */
export function fieldWords(tokens: readonly string[]): FieldWords {
  return { terms: lexicalTermsOf(tokens).join(' '), length: new Set(tokens).size };
}

export function titleWords(title: string): TitleWords {
  const tokens = tokenize(title);
  return { title, tokens, field: fieldWords(tokens) };
}

/** A chunk's words; `title` is its title's (`titleWords`), when its document's chunks share it. */
export function chunkWords(
  chunk: Pick<Chunk, 'title' | 'text' | 'searchText'>,
  title: TitleWords = titleWords(chunk.title),
): ChunkWords {
  const shared = title.title === chunk.title ? title : titleWords(chunk.title);
  const textTokens = tokenize(chunk.text);
  const bodyTokens = chunk.searchText === undefined ? textTokens : tokenize(chunk.searchText);
  // `chunkLemmas` tokenizes `${title} ${text}`: no token spans the space (nor does lower-casing
  // change across it), so its tokens are the title's, then the text's.
  const lemmas = new Set<string>();
  for (const token of shared.tokens) lemmas.add(lemmatize(token));
  for (const token of textTokens) lemmas.add(lemmatize(token));
  return { body: fieldWords(bodyTokens), title: shared.field, lemmas };
}
