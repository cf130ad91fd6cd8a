/**
 * SQuAD-style answer normalisation: the scorer's `normalize_answer`, made
 * Unicode-aware so curly quotes and dashes in news text count as punctuation.
 */

const PUNCTUATION = /[\p{P}\p{S}]/gu;
const ARTICLES = /\b(a|an|the)\b/g;
/** `[1]`, `[2]` markers the assistant puts after cited sentences. */
const CITATION_MARKERS = /\[\d+\]/g;

/**
 * Lower case, punctuation removed (not replaced: `909km-long` → `909kmlong`),
 * the articles a/an/the removed, whitespace collapsed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .replace(ARTICLES, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .join(' ');
}

/** The normalised tokens of a text, as the SQuAD scorer splits them. */
export function answerTokens(text: string): string[] {
  const normalized = normalizeAnswer(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Removes `[n]` citation markers so they do not count as answer tokens. */
export function stripCitationMarkers(text: string): string {
  return text.replace(CITATION_MARKERS, ' ');
}

/**
 * Whether `expected` occurs in `text` after normalisation, starting at a word
 * boundary: `909` is found in "a 909km-long border", `14` is not found in "2014".
 */
export function containsAnswer(text: string, expected: string): boolean {
  const needle = normalizeAnswer(expected);
  if (needle === '') return false;
  return ` ${normalizeAnswer(text)}`.includes(` ${needle}`);
}

/**
 * Whether the normalised `text` starts with `expected` as whole words: the
 * verdict rule of yes-no cases, so "no" matches "No, they were not" but not
 * "Nothing says so" or "It is not known".
 */
export function startsWithAnswer(text: string, expected: string): boolean {
  const needle = normalizeAnswer(expected);
  if (needle === '') return false;
  return `${normalizeAnswer(text)} `.startsWith(`${needle} `);
}
