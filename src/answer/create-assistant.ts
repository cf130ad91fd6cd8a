/**
 * The question-answering pipeline every door calls: resolve a follow-up,
 * retrieve, check the documents really cover the question (refusing when
 * they do not, without calling any answerer), then answer with citations.
 */
import type { Retriever } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import type { AnswerInput, Answerer, QuestionRewriter } from './answerer.js';
import type { Assistant, AskOptions, ChatResponse, ChatStreamEvent } from './chat-types.js';
import { answerEvents, candidatePassages, streamAnswerer } from './stream-answer.js';
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

export function createAssistant({
  retriever,
  answerer,
  rewriter,
  evidence: finder,
  logger,
  topK: defaultTopK = 6,
}: AssistantOptions): Assistant {
  /** Everything before answering: a refusal, or what the answerer needs. */
  async function prepare({
    messages,
    topK = defaultTopK,
  }: AskOptions): Promise<{ refusal: ChatResponse } | AnswerInput> {
    const last = messages.at(-1);
    if (!last || last.role !== 'user')
      return { refusal: createRefusal('The last message must be a question from the user.') };
    const history = messages.slice(0, -1);
    const question =
      history.length > 0
        ? await rewriter.rewrite({ question: last.content, history })
        : last.content;
    const passages = await retriever.retrieve({ query: question, k: topK });
    const previousAnswer = history.findLast((message) => message.role === 'assistant')?.content;
    const evidence = finder.find({
      question: last.content,
      resolved: question,
      previousAnswer,
      passages,
    });
    if (!evidence.supported) {
      logger.info('refused', { question: last.content, reason: evidence.reason });
      return { refusal: createRefusal(evidence.reason) };
    }
    return { question, messages, passages };
  }

  return {
    async ask(options: AskOptions): Promise<ChatResponse> {
      const prepared = await prepare(options);
      return 'refusal' in prepared ? prepared.refusal : answerer.answer(prepared);
    },
    async *stream(options: AskOptions): AsyncIterable<ChatStreamEvent> {
      const prepared = await prepare(options);
      yield {
        type: 'citations',
        passages: 'refusal' in prepared ? [] : candidatePassages(prepared.passages),
      };
      yield* 'refusal' in prepared
        ? answerEvents(prepared.refusal)
        : streamAnswerer(answerer, prepared);
    },
  };
}
