/**
 * The question-answering pipeline every door calls: resolve a follow-up,
 * retrieve, check the documents really cover the question (refusing when
 * they do not, without calling any answerer), then answer with citations.
 */
import type { Retriever } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import type { Answerer, QuestionRewriter } from './answerer.js';
import type { Assistant, AskOptions, ChatResponse } from './chat-types.js';
import { createRefusal } from './create-refusal.js';
import type { EvidenceFinder } from './find-evidence.js';

export interface AssistantOptions {
  retriever: Retriever;
  answerer: Answerer;
  rewriter: QuestionRewriter;
  evidence: EvidenceFinder;
  logger: Logger;
  topK?: number;
}

export function createAssistant({ retriever, answerer, rewriter, evidence: finder, logger, topK: defaultTopK = 6 }: AssistantOptions): Assistant {
  return {
    async ask({ messages, topK = defaultTopK }: AskOptions): Promise<ChatResponse> {
      const last = messages.at(-1);
      if (!last || last.role !== 'user') return createRefusal('The last message must be a question from the user.');
      const history = messages.slice(0, -1);
      const question = history.length > 0 ? await rewriter.rewrite({ question: last.content, history }) : last.content;
      const passages = await retriever.retrieve({ query: question, k: topK });
      const evidence = finder.find({ question: last.content, resolved: question, passages });
      if (!evidence.supported) {
        logger.info('refused', { question: last.content, reason: evidence.reason });
        return createRefusal(evidence.reason);
      }
      return answerer.answer({ question, messages, passages });
    },
  };
}
