/**
 * Streaming for any assistant or answerer: uses its own `stream` when it has
 * one, and otherwise turns its single response into the same events (one
 * delta), so every door can stream whether or not an LLM is configured.
 */
import type {
  AskOptions,
  Assistant,
  CandidatePassage,
  ChatResponse,
  ChatStreamEvent,
} from './chat-types.js';
import type { AnswerInput, Answerer, AnswerStreamEvent } from './answerer.js';
import type { RetrievedPassage } from '../ingest/document-types.js';

/** The assistant's answer as `citations`, `delta`…, `done` events. */
export async function* streamAssistant(
  assistant: Assistant,
  options: AskOptions,
): AsyncIterable<ChatStreamEvent> {
  if (assistant.stream) {
    yield* assistant.stream(options);
    return;
  }
  yield* responseEvents(await assistant.ask(options));
}

/** A finished response as the events of a stream: its citations as candidates, then its text. */
export function* responseEvents(response: ChatResponse): Iterable<ChatStreamEvent> {
  yield { type: 'citations', passages: response.citations.map(toCandidate) };
  yield* answerEvents(response);
}

/** The answerer's answer as `delta`…, `done` events. */
export async function* streamAnswerer(
  answerer: Answerer,
  input: AnswerInput,
): AsyncIterable<AnswerStreamEvent> {
  if (answerer.stream) {
    yield* answerer.stream(input);
    return;
  }
  yield* answerEvents(await answerer.answer(input));
}

/** Retrieved passages as announced in the `citations` event. */
export function candidatePassages(passages: RetrievedPassage[]): CandidatePassage[] {
  return passages.map(({ chunk, score }) => toCandidate({ ...chunk, score }));
}

/** A finished response as one delta (when there is text) and `done`. */
export function* answerEvents(response: ChatResponse): Iterable<AnswerStreamEvent> {
  if (response.answer !== '') yield { type: 'delta', text: response.answer };
  yield { type: 'done', response };
}

function toCandidate({
  docId,
  title,
  date,
  source,
  chunkId,
  score,
}: CandidatePassage): CandidatePassage {
  return { docId, title, date, source, chunkId, score };
}
