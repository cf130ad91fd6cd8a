/**
 * How an LLM answer ends: shown as verified, or replaced by the fallback's
 * answer with `fallback: "llm-<reason>"` and one log line.
 */
import type { AnswerInput, Answerer } from '../answerer.js';
import type { ChatResponse } from '../chat-types.js';
import type { Logger } from '../../log/logger.js';
import type { ChatModelFailure } from './chat-model.js';
import type { VerifiedAnswer } from './verify-citations.js';

/** Why an LLM answer was replaced by the fallback's. */
export type LlmFallbackReason = ChatModelFailure | 'unverified-answer';

/** Why a verified answer still cannot be shown, or undefined when it can. */
export function verificationProblem({
  citations,
  uncitedClaims,
}: VerifiedAnswer): string | undefined {
  if (uncitedClaims.length > 0)
    return `${uncitedClaims.length} factual sentence(s) without a supported citation`;
  if (citations.length === 0) return 'no citation survived verification';
  return undefined;
}

/** The response for an answer that passed verification. */
export function toResponse({ answer, citations, citationsDropped }: VerifiedAnswer): ChatResponse {
  return { answer, refused: false, citations, citationsDropped };
}

/** The fallback's answer, marked with the reason, after one log line. */
export async function degrade({
  fallback,
  input,
  logger,
  reason,
  detail,
}: {
  fallback: Answerer;
  input: AnswerInput;
  logger: Logger;
  reason: LlmFallbackReason;
  detail: string;
}): Promise<ChatResponse> {
  logger.warn('llm answer fell back to the extractive answer', { reason, detail });
  const response = await fallback.answer(input);
  return { ...response, fallback: `llm-${reason}` };
}
