// Assistants for door tests, standing in for the core pipeline.
import type { Answerer } from '../../../src/answer/answerer.js';
import type { Assistant, ChatStreamEvent } from '../../../src/answer/chat-types.js';
import type { RetrievedPassage } from '../../../src/ingest/document-types.js';
import { candidatePassages, streamAnswerer } from '../../../src/answer/stream-answer.js';
import { extractiveResponse } from './fake-answerers.js';

/** An assistant with only `ask`, as the offline core is. */
export function askOnlyAssistant(
  response = extractiveResponse,
): Assistant & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    async ask({ messages }) {
      questions.push(messages.at(-1)?.content ?? '');
      return response;
    },
  };
}

/** The core pipeline in miniature (retrieve, then answer), with streaming. */
export function pipelineAssistant(answerer: Answerer, passages: RetrievedPassage[]): Assistant {
  const input = (question: string) => ({
    question,
    messages: [{ role: 'user' as const, content: question }],
    passages,
  });
  return {
    ask: ({ messages }) => answerer.answer(input(messages.at(-1)?.content ?? '')),
    async *stream({ messages }): AsyncIterable<ChatStreamEvent> {
      yield { type: 'citations', passages: candidatePassages(passages) };
      yield* streamAnswerer(answerer, input(messages.at(-1)?.content ?? ''));
    },
  };
}
