/**
 * Turns a free-text question into an FTS5 MATCH expression: the question's
 * lexical terms, each quoted as a string (so no user text is ever read as
 * FTS5 syntax), joined by OR as BM25 over any of the words.
 */
import { lexicalTerms } from '../text/lexical-terms.js';

/** The MATCH expression, or null when the text holds no searchable term. */
export function toFtsQuery(text: string): string | null {
  const terms = [...new Set(lexicalTerms(text))];
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/gu, '""')}"`).join(' OR ');
}

/** The text FTS5 indexes for a field: its lexical terms, space-separated. */
export function toFtsText(text: string): string {
  return lexicalTerms(text).join(' ');
}
