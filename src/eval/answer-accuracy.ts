/**
 * Answer accuracy, SQuAD 2.0 style: an answerable case is correct when the
 * answer contains an acceptable answer (a yes-no case: when it starts with the
 * verdict); an unanswerable one when the assistant refused and cited nothing.
 * Also the coverage of the strings a complete answer must all contain.
 */
import type { ChatResponse } from '../answer/chat-types.js';
import type { EvalCase } from './eval-case.js';
import { containsAnswer, startsWithAnswer, stripCitationMarkers } from './normalize-answer.js';
import { bestTokenF1 } from './token-f1.js';

type Expectation = Pick<EvalCase, 'answers' | 'answerable' | 'kind' | 'all'>;

/** Whether the response is the right behaviour for the case (null response: the call failed). */
export function isAnswerCorrect(expectation: Expectation, response: ChatResponse | null): boolean {
  if (response === null) return false;
  if (!expectation.answerable) return response.refused && response.citations.length === 0;
  if (response.refused) return false;
  const answer = stripCitationMarkers(response.answer);
  // Containment would let the verdict "no" match "not" or "north" anywhere in the answer.
  const matches = expectation.kind === 'yes-no' ? startsWithAnswer : containsAnswer;
  return expectation.answers.some((expected) => matches(answer, expected));
}

/**
 * Token F1 of the answer against the best acceptable answer; for an
 * unanswerable case 1 when the assistant refused, else 0 (as SQuAD 2.0 scores no-answer).
 */
export function answerTokenF1(expectation: Expectation, response: ChatResponse | null): number {
  if (response === null) return 0;
  if (!expectation.answerable) return response.refused ? 1 : 0;
  if (response.refused) return 0;
  return bestTokenF1(stripCitationMarkers(response.answer), expectation.answers);
}

/**
 * Share of the case's `all` strings the answer contains (the `answers` rule);
 * 0 for a refusal or a failed call, null when the case has no `all`.
 */
export function answerAllCoverage(
  expectation: Expectation,
  response: ChatResponse | null,
): number | null {
  const { all } = expectation;
  if (all === undefined || all.length === 0) return null;
  if (response === null || response.refused) return 0;
  const answer = stripCitationMarkers(response.answer);
  return all.filter((expected) => containsAnswer(answer, expected)).length / all.length;
}
