/**
 * The optional LLM answerer: asks the model for an answer citing the passages
 * as `[n]`, keeps only citations the passages support, and degrades to the
 * offline answerer (with `fallback: "llm-<reason>"` and one log line) when the
 * model fails or its answer cannot be verified.
 */
import type { AnswerInput, Answerer, DocumentLookup } from '../answerer.js';
import type { ChatResponse } from '../chat-types.js';
import type { Prompts } from '../load-prompts.js';
import type { ChatModel } from './chat-model.js';
import { classifyChatModelError } from './classify-chat-model-error.js';
import { buildAnswerMessages } from './build-answer-messages.js';
import { verifyCitations, type VerifiedAnswer } from './verify-citations.js';

export interface CreateLlmAnswererOptions {
  model: ChatModel;
  prompts: Pick<Prompts, 'answer-system' | 'answer-user'>;
  /** Source documents, to cut verbatim quotes. */
  lookup: DocumentLookup;
  /** Answers when the model cannot (the offline extractive answerer). */
  fallback: Answerer;
  /** Share of a sentence's content words its cited passage must contain. */
  minOverlap?: number;
  log?: (line: string) => void;
}

/** Why an LLM answer was replaced by the fallback's. */
export type LlmFallbackReason = ReturnType<typeof classifyChatModelError>['reason'] | 'unverified-answer';

/** An {@link Answerer} backed by a chat model, never less honest than its fallback. */
export function createLlmAnswerer({
  model,
  prompts,
  lookup,
  fallback,
  minOverlap = 0.5,
  log = (line) => console.warn(line),
}: CreateLlmAnswererOptions): Answerer {
  return {
    async answer(input) {
      let text: string;
      try {
        text = await model.complete(buildAnswerMessages({ prompts, question: input.question, passages: input.passages }));
      } catch (error) {
        const failure = classifyChatModelError(error);
        return degrade({ fallback, input, log, reason: failure.reason, detail: failure.message });
      }
      const verified = verifyCitations({ text, passages: input.passages, lookup, minOverlap });
      const problem = verificationProblem(verified);
      if (problem !== undefined) return degrade({ fallback, input, log, reason: 'unverified-answer', detail: problem });
      return toResponse(verified);
    },
  };
}

/** Why a verified answer still cannot be shown, or undefined when it can. */
export function verificationProblem({ citations, uncitedClaims }: VerifiedAnswer): string | undefined {
  if (uncitedClaims.length > 0) return `${uncitedClaims.length} factual sentence(s) without a supported citation`;
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
  log,
  reason,
  detail,
}: {
  fallback: Answerer;
  input: AnswerInput;
  log: (line: string) => void;
  reason: LlmFallbackReason;
  detail: string;
}): Promise<ChatResponse> {
  log(`llm answer fell back to the extractive answer: ${reason} (${detail})`);
  const response = await fallback.answer(input);
  return { ...response, fallback: `llm-${reason}` };
}
