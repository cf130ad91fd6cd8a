/**
 * The terms lexical search indexes and matches: the shared tokenizer's
 * tokens, stopwords dropped, lemmatized. Every lexical backend (SQLite FTS5,
 * PostgreSQL full text) indexes and queries these, so "borders" finds
 * "border" the same way on each.
 */
import { isStopword, lemmatize, tokenize } from './tokenize.js';

/** Lemmas of the text's non-stopword tokens, in order (repeats kept: term frequency counts). */
export function lexicalTerms(text: string): string[] {
  return lexicalTermsOf(tokenize(text));
}

/** `lexicalTerms` of a text already tokenized (`tokenize`). */
export function lexicalTermsOf(tokens: readonly string[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) if (!isStopword(token)) terms.push(lemmatize(token));
  return terms;
}
