/**
 * A figure's own prepositional phrase ("52 by the end of the night", "27 people by
 * mid-afternoon") set against the question's ("…by the end of that night?"): English puts what
 * a figure holds for (when, where, of what) in the phrase right after it and its noun.
 */
import { isStopword, lemmatize } from '../../text/tokenize.js';
import type { Entity, Token } from '../analyze/parse-text.js';

/** A preposition and the content words (lemmas) of the noun phrase it governs. */
export interface Phrase {
  preposition: string;
  words: ReadonlySet<string>;
}

/** Parts of speech a governed noun phrase runs through. */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Parts of speech whose words say what a phrase is about. */
const CONTENT: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Tokens after a figure that may still be its noun phrase ("310,000 concurrent players"). */
export const FIGURE_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * The phrase the preposition at `at` governs: its noun phrase, with an "of" phrase hung on it
 * ("the end of that night"), up to any other word.
 */
function governed(tokens: readonly Token[], at: number): Phrase | null {
  const preposition = tokens[at];
  if (preposition?.pos !== 'ADP') return null;
  const words = new Set<string>();
  for (let next = at + 1; next < tokens.length; next += 1) {
    const token = tokens[next]!;
    if (token.pos === 'ADP' && token.normal === 'of' && words.size > 0) continue;
    if (!NOUN_PHRASE.has(token.pos)) break;
    if (CONTENT.has(token.pos) && !isStopword(token.normal)) words.add(lemmatize(token.normal));
  }
  return words.size > 0 ? { preposition: preposition.normal, words } : null;
}

/** Every prepositional phrase of the question, with the content words it governs. */
export function askedPhrases(tokens: readonly Token[]): Phrase[] {
  return tokens.flatMap((_, at) => governed(tokens, at) ?? []);
}

/** The phrase right after the figure and its noun ("27 people by mid-afternoon"), or null. */
export function ownPhrase(tokens: readonly Token[], entity: Entity): Phrase | null {
  let at = entity.last + 1;
  while (tokens[at] && FIGURE_PHRASE.has(tokens[at]!.pos)) at += 1;
  return governed(tokens, at);
}

/**
 * Whether the figure's own phrase meets the question's phrase of the same preposition: true when
 * they share a content word, false when they share none, null when the figure has no phrase or
 * the question none with its preposition.
 */
export function meetsAskedPhrase(
  tokens: readonly Token[],
  entity: Entity,
  asked: readonly Phrase[],
): boolean | null {
  const own = ownPhrase(tokens, entity);
  if (own === null) return null;
  const same = asked.filter((phrase) => phrase.preposition === own.preposition);
  if (same.length === 0) return null;
  return same.some((phrase) => [...own.words].some((word) => phrase.words.has(word)));
}
