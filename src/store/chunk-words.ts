/**
 * What the embedded store keeps of a chunk's words: FTS5's terms and BM25's
 * field lengths of its body (its search text) and its title, and the lemmas
 * the corpus vocabulary counts (`chunkLemmas`). Each text is tokenized once,
 * and a title once for all of its document's chunks: written as `toFtsText`,
 * a count of distinct tokens and `chunkLemmas` each tokenizing on its own,
 * a build tokenized every chunk four more times than this.
 */
import type { Chunk } from '../ingest/document-types.js';
import { isStopword, lemmatize, tokenize } from '../text/tokenize.js';

/** One field as FTS5 and BM25 see it. */
export interface FieldWords {
  /** FTS5's text: the field's lexical terms joined by spaces (`toFtsText`). */
  terms: string;
  /** Its length as BM25 normalises it: its distinct tokens. */
  length: number;
}

/** A title's tokens, their lemmas and its field, made once for the chunks that share it. */
export interface TitleWords {
  title: string;
  tokens: string[];
  lemmas: string[];
  field: FieldWords;
}

export interface ChunkWords {
  body: FieldWords;
  title: FieldWords;
  /** The chunk's distinct lemmas, title first (`chunkLemmas`, in its order). */
  lemmas: Set<string>;
}

/** A field of these tokens, `lemmas` their lemmas (`lemmatize`) when already known. */
export function fieldWords(
  tokens: readonly string[],
  lemmas: readonly string[] = tokens.map(lemmatize),
): FieldWords {
  // `lexicalTerms`: the lemmas of the tokens that are not stopwords, in order.
  const terms: string[] = [];
  tokens.forEach((token, index) => {
    if (!isStopword(token)) terms.push(lemmas[index]!);
  });
  return { terms: terms.join(' '), length: new Set(tokens).size };
}

export function titleWords(title: string): TitleWords {
  const tokens = tokenize(title);
  const lemmas = tokens.map(lemmatize);
  return { title, tokens, lemmas, field: fieldWords(tokens, lemmas) };
}

/** A chunk's words; `title` is its title's (`titleWords`), when its document's chunks share it. */
export function chunkWords(
  chunk: Pick<Chunk, 'title' | 'text' | 'searchText'>,
  title: TitleWords = titleWords(chunk.title),
): ChunkWords {
  const shared = title.title === chunk.title ? title : titleWords(chunk.title);
  const textTokens = tokenize(chunk.text);
  const textLemmas = textTokens.map(lemmatize);
  // `chunkLemmas` tokenizes `${title} ${text}`: no token spans the space (nor does lower-casing
  // change across it), so its tokens are the title's, then the text's.
  const lemmas = new Set(shared.lemmas);
  for (const lemma of textLemmas) lemmas.add(lemma);
  const body =
    chunk.searchText === undefined
      ? fieldWords(textTokens, textLemmas)
      : fieldWords(tokenize(chunk.searchText));
  return { body, title: shared.field, lemmas };
}
