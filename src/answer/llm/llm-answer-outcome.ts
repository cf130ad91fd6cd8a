/**
 * How an LLM answer ends: shown as verified, or replaced by the fallback's
 * answer with `fallback: "llm-<reason>"` and one log line.
 */
import type { AnswerInput, Answerer } from '../answerer.js';
import type { ChatResponse } from '../chat-types.js';
import type { Logger } from '../../log/logger.js';
import type { ChatModelFailure } from './chat-model.js';
import type { VerifiedAnswer } from './verify-citations.js';
import { createRefusal } from '../create-refusal.js';

/** Why an LLM answer was replaced by the fallback's. */
export type LlmFallbackReason = ChatModelFailure | 'unverified-answer';

/** Why a verified answer still cannot be shown, or undefined when it can. */
export function verificationProblem({
  citations,
  uncitedClaims,
}: VerifiedAnswer): string | undefined {
  if (citations.length === 0)
    return `no sentence survived verification (${uncitedClaims.length} unsupported)`;
  return undefined;
}

/** The response for an answer that passed verification. */
export function toResponse({
  answer,
  citations,
  citationsDropped,
  uncitedClaims,
}: VerifiedAnswer): ChatResponse {
  return {
    answer,
    refused: false,
    citations,
    citationsDropped,
    ...(uncitedClaims.length > 0 ? { sentencesDropped: uncitedClaims.length } : {}),
  };
}

/** The model's structured "the passages do not answer this" reply (see prompts/answer-system.md). */
export const NOT_IN_DOCUMENTS = 'NOT_IN_DOCUMENTS';

/** True when the reply is, or so far could become, the structured refusal. */
export function isNotInDocuments(text: string, { partial = false } = {}): boolean {
  const trimmed = text.trim();
  return partial
    ? NOT_IN_DOCUMENTS.startsWith(trimmed) || trimmed.startsWith(NOT_IN_DOCUMENTS)
    : trimmed.startsWith(NOT_IN_DOCUMENTS);
}

/** The refusal for a model that found no answer in the passages. */
export function modelRefusal(): ChatResponse {
  return createRefusal('The passages retrieved for it do not contain the answer.');
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
