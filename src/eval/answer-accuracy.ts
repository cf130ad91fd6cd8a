/**
 * Answer accuracy, SQuAD 2.0 style: an answerable case is correct when the
 * answer contains an acceptable answer; an unanswerable one when the
 * assistant refused and cited nothing.
 */
import type { ChatResponse } from '../answer/chat-types.js';
import type { EvalCase } from './eval-case.js';
import { containsAnswer, stripCitationMarkers } from './normalize-answer.js';
import { bestTokenF1 } from './token-f1.js';

type Expectation = Pick<EvalCase, 'answers' | 'answerable'>;

/** Whether the response is the right behaviour for the case (null response: the call failed). */
export function isAnswerCorrect(expectation: Expectation, response: ChatResponse | null): boolean {
  if (response === null) return false;
  if (!expectation.answerable) return response.refused && response.citations.length === 0;
  if (response.refused) return false;
  const answer = stripCitationMarkers(response.answer);
  return expectation.answers.some((expected) => containsAnswer(answer, expected));
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
