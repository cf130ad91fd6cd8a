/**
 * Composes the optional LLM path for the composition root: one chat model
 * shared by an answerer (falling back to the extractive one) and a follow-up
 * rewriter (falling back to the heuristic one).
 */
import type { LlmConfig } from '../../config/load-config.js';
import type { Logger } from '../../log/logger.js';
import type { Answerer, DocumentLookup, QuestionRewriter } from '../answerer.js';
import { loadPrompts } from '../load-prompts.js';
import { createChatModel } from './create-chat-model.js';
import { createLlmAnswerer } from './create-llm-answerer.js';
import { createLlmRewriter } from './create-llm-rewriter.js';

export interface CreateLlmComponentsOptions {
  llm: LlmConfig;
  /** The offline answerer, used whenever the model fails or cannot be verified. */
  fallbackAnswerer: Answerer;
  fallbackRewriter: QuestionRewriter;
  lookup: DocumentLookup;
  logger: Logger;
  promptsDir?: string;
}

/** The LLM-backed answerer and rewriter; reads the prompt files, makes no request. */
export async function createLlmComponents({
  llm,
  fallbackAnswerer,
  fallbackRewriter,
  lookup,
  logger,
  promptsDir,
}: CreateLlmComponentsOptions): Promise<{ answerer: Answerer; rewriter: QuestionRewriter }> {
  const prompts = await loadPrompts(promptsDir === undefined ? {} : { dir: promptsDir });
  const model = createChatModel(llm);
  logger.info('answers come from a language model', { baseURL: llm.baseURL, model: llm.model });
  return {
    answerer: createLlmAnswerer({
      model,
      prompts,
      lookup,
      fallback: fallbackAnswerer,
      logger,
      totalTimeoutMs: llm.totalTimeoutMs,
    }),
    rewriter: createLlmRewriter({
      model,
      prompts,
      fallback: fallbackRewriter,
      logger,
      totalTimeoutMs: llm.totalTimeoutMs,
    }),
  };
}
