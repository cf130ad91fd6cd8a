/**
 * English's verbs of succeeding (a closed class: "succeed", "replace", "supersede", the phrasal
 * "take over from" and its converse "hand over to"): whether a question or a sentence states
 * that one took another's place.
 */
import type { Token } from './parse-text.js';
import { lemmatize } from '../../text/tokenize.js';

/** The verbs whose subject takes the place of their object (a closed class of English). */
const SUCCEEDING_VERBS: ReadonlySet<string> = new Set(['succeed', 'replace', 'supersede']);

/** True when the verb at `at` is a verb of succeeding, or "take" with "over" ("took over from"). */
export function succeedsAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== 'VERB') return false;
  const lemma = lemmatize(token.normal);
  return SUCCEEDING_VERBS.has(lemma) || (lemma === 'take' && tokens[at + 1]?.normal === 'over');
}

/** Words after "hand over" within which its "to" comes ("handed over the reins to"). Set once, not tuned. */
const HAND_OVER_REACH = 4;

/**
 * The index of "to" when the verb at `at` is "hand over … to" ("Dennis handed over to Kasia
 * Nowak"): the converse of "take over from", its subject the one before, the name after "to"
 * the one after; -1 otherwise.
 */
export function handsOverAt(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token?.pos !== 'VERB' || lemmatize(token.normal) !== 'hand') return -1;
  if (tokens[at + 1]?.normal !== 'over') return -1;
  return tokens.findIndex(
    (other, index) => index > at + 1 && index <= at + 1 + HAND_OVER_REACH && other.normal === 'to',
  );
}

/**
 * True when the text uses a verb of succeeding ("Who replaced…?", "who took over from…?"); "take
 * over" only with "from": "took over directing duties" takes on a task, from no one named.
 */
export function namesSuccession(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      (succeedsAt(tokens, at) &&
        (lemmatize(token.normal) !== 'take' ||
          tokens.slice(at + 2, at + 4).some((other) => other.normal === 'from'))) ||
      handsOverAt(tokens, at) >= 0,
  );
}
