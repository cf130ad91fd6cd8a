/**
 * The optional LLM answerer: asks the model for an answer citing the passages
 * as `[n]`, keeps only citations the passages support, and degrades to the
 * offline answerer (with `fallback: "llm-<reason>"` and one log line) when the
 * model fails or its answer cannot be verified.
 */
import type { Answerer, DocumentLookup } from '../answerer.js';
import type { Prompts } from '../load-prompts.js';
import type { Logger } from '../../log/logger.js';
import type { ChatModel } from './chat-model.js';
import { classifyChatModelError } from './classify-chat-model-error.js';
import { buildAnswerMessages } from './build-answer-messages.js';
import { verifyCitations } from './verify-citations.js';
import {
  degrade,
  isNotInDocuments,
  modelRefusal,
  toResponse,
  verificationProblem,
} from './llm-answer-outcome.js';
import { contextPassages } from './context-passages.js';
import { startAnswerDeadline } from './answer-deadline.js';
import { streamLlmAnswer } from './stream-llm-answer.js';

export interface CreateLlmAnswererOptions {
  model: ChatModel;
  prompts: Pick<Prompts, 'answer-system' | 'answer-user'>;
  /** Source documents, to cut verbatim quotes. */
  lookup: DocumentLookup;
  /** Answers when the model cannot (the offline extractive answerer). */
  fallback: Answerer;
  /** Share of a sentence's content words its cited passage must contain. */
  minOverlap?: number;
  /** Receives one warning per fallback. */
  logger: Logger;
  /** Overall deadline for one answer (retries and streams included), then the fallback. */
  totalTimeoutMs?: number;
}

/** The answerer's options with defaults applied, shared with the streaming path. */
export type LlmAnswererParts = Required<CreateLlmAnswererOptions>;

/** An {@link Answerer} backed by a chat model, never less honest than its fallback. */
export function createLlmAnswerer({
  model,
  prompts,
  lookup,
  fallback,
  minOverlap = 0.5,
  logger,
  totalTimeoutMs = 60_000,
}: CreateLlmAnswererOptions): Answerer {
  const parts: LlmAnswererParts = {
    model,
    prompts,
    lookup,
    fallback,
    minOverlap,
    logger,
    totalTimeoutMs,
  };
  return {
    // The model sees every question and says itself when the passages do not answer it.
    decidesAnswerability: true,
    stream: (input) => streamLlmAnswer(parts, input),
    async answer(input) {
      const passages = contextPassages(input);
      const deadline = startAnswerDeadline(totalTimeoutMs, input.signal);
      let text: string;
      try {
        text = await model.complete(
          buildAnswerMessages({ prompts, question: input.question, passages }),
          { signal: deadline.signal },
        );
      } catch (error) {
        const failure = deadline.explain(classifyChatModelError(error));
        return degrade({
          fallback,
          input,
          logger,
          reason: failure.reason,
          detail: failure.message,
        });
      }
      if (isNotInDocuments(text)) return modelRefusal();
      const verified = verifyCitations({ text, passages, lookup, minOverlap });
      const problem = verificationProblem(verified);
      if (problem !== undefined)
        return degrade({ fallback, input, logger, reason: 'unverified-answer', detail: problem });
      return toResponse(verified);
    },
  };
}
