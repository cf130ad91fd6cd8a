/**
 * English's verbs of succeeding (a closed class: "succeed", "replace", "supersede", the phrasal
 * "take over from"): whether a question or a sentence states that one took another's place.
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

/**
 * True when the text uses a verb of succeeding ("Who replaced…?", "who took over from…?"); "take
 * over" only with "from": "took over directing duties" takes on a task, from no one named.
 */
export function namesSuccession(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      succeedsAt(tokens, at) &&
      (lemmatize(token.normal) !== 'take' ||
        tokens.slice(at + 2, at + 4).some((other) => other.normal === 'from')),
  );
}
