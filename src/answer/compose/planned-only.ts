/**
 * A plan is no "Yes" to whether it happened: "Was the new boat named at a ceremony?" is not
 * answered by "A naming ceremony will be held later in 2022." English's future tense ("will",
 * "shall" before the verb) says what was to come when the sentence was written; asked in the
 * past or the perfect ("was", "did", "has"), whether it came to pass is not stated.
 */
import type { Token } from '../analyze/parse-text.js';

/** The auxiliaries of English's future tense. */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);

/** Auxiliaries opening a question that asks whether something happened (past or perfect). */
const REALIZED_AUXILIARIES: ReadonlySet<string> = new Set([
  'did',
  'was',
  'were',
  'had',
  'has',
  'have',
]);

/** Parts of speech that stand inside a verb group, between its auxiliary and its verb ("will not be held"). */
const IN_VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** True when the question opens with an auxiliary of the past or the perfect ("Was…", "Did…", "Has…"). */
export function asksRealized(question: readonly Token[]): boolean {
  const first = question.find((token) => token.pos !== 'PUNCT');
  return first !== undefined && REALIZED_AUXILIARIES.has(first.normal);
}

/** True when the verb at `at` has a future auxiliary in its verb group ("will be held"). */
function inFuture(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= 0 && IN_VERB_GROUP.has(tokens[index]!.pos); index -= 1)
    if (FUTURE_AUXILIARIES.has(tokens[index]!.normal)) return true;
  return false;
}

/** True when the sentence has verbs and every one of them is in the future tense. */
export function statesOnlyFuture(tokens: readonly Token[]): boolean {
  const verbs = tokens.flatMap((token, at) => (token.pos === 'VERB' ? [at] : []));
  return verbs.length > 0 && verbs.every((at) => inFuture(tokens, at));
}
