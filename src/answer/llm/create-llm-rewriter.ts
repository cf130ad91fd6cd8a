/**
 * Rewrites a follow-up ("how many did it kill?") into a standalone question
 * with the chat model, before retrieval. The first turn is left alone, and a
 * failure hands over to the fallback rewriter (or keeps the question as typed).
 */
import type { ChatMessage } from '../chat-types.js';
import type { QuestionRewriter } from '../answerer.js';
import { fillPrompt, type Prompts } from '../load-prompts.js';
import type { ChatModel } from './chat-model.js';
import type { Logger } from '../../log/logger.js';
import { classifyChatModelError } from './classify-chat-model-error.js';
import { startAnswerDeadline } from './answer-deadline.js';

export interface CreateLlmRewriterOptions {
  model: ChatModel;
  prompts: Pick<Prompts, 'condense-question'>;
  /** Only the latest turns matter for resolving references. */
  maxHistoryMessages?: number;
  /** A longer reply is not a question but a model misbehaving. */
  maxQuestionChars?: number;
  /** Used when the model fails (e.g. the offline heuristic rewriter); default: the question as typed. */
  fallback?: QuestionRewriter;
  logger: Logger;
  /**
   * Overall deadline for one rewrite, the client's retries included (its own
   * timeout ends at the reply's headers; a `Retry-After` wait may last a minute).
   */
  totalTimeoutMs?: number;
}

/** A {@link QuestionRewriter} backed by a chat model. */
export function createLlmRewriter({
  model,
  prompts,
  maxHistoryMessages = 6,
  maxQuestionChars = 500,
  fallback,
  logger,
  totalTimeoutMs = 60_000,
}: CreateLlmRewriterOptions): QuestionRewriter {
  return {
    async rewrite({ question, history }) {
      const earlier = withoutCurrentQuestion(history, question).slice(-maxHistoryMessages);
      if (!earlier.some((message) => message.role === 'user')) return question;
      const prompt = fillPrompt(prompts['condense-question'], {
        history: earlier
          .map(({ role, content }) => `${role === 'user' ? 'User' : 'Assistant'}: ${content}`)
          .join('\n'),
        question,
      });
      const deadline = startAnswerDeadline(totalTimeoutMs);
      try {
        const reply = await model.complete([{ role: 'user', content: prompt }], {
          signal: deadline.signal,
        });
        const rewritten = reply
          .trim()
          .replace(/^["'“]+|["'”]+$/g, '')
          .trim();
        if (rewritten !== '' && rewritten.length <= maxQuestionChars) return rewritten;
        logger.warn('llm question rewrite skipped', { reason: 'unusable-reply' });
      } catch (error) {
        logger.warn('llm question rewrite skipped', {
          reason: deadline.explain(classifyChatModelError(error)).reason,
        });
      }
      return fallback ? fallback.rewrite({ question, history }) : question;
    },
  };
}

/** The history before the question, whether or not the caller included the question itself. */
function withoutCurrentQuestion(history: ChatMessage[], question: string): ChatMessage[] {
  const last = history.at(-1);
  return last?.role === 'user' && last.content.trim() === question.trim()
    ? history.slice(0, -1)
    : history;
}
