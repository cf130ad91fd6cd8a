/**
 * `POST /api/chat` with `"stream": true`: the answer as Server-Sent Events
 * (`citations`, then `delta`…, then `done` with the full verified response).
 * The chat route calls {@link streamChat} when the request asks to stream.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AskOptions, Assistant, ChatStreamEvent } from '../answer/chat-types.js';
import { streamAssistant } from '../answer/stream-answer.js';
import type { Logger } from '../log/logger.js';
import type { StreamPassage } from './response-schemas.js';

export interface StreamChatOptions {
  assistant: Assistant;
  request: AskOptions;
  logger: Logger;
}

/** Answers `request` as an SSE response; a failure mid-stream ends with an `error` event. */
export function streamChat(
  context: Context,
  { assistant, request, logger }: StreamChatOptions,
): Response {
  return streamSSE(context, async function streamChatEvents(stream) {
    let id = 0;
    try {
      for await (const event of streamAssistant(assistant, request)) {
        if (stream.aborted) return;
        await stream.writeSSE({
          event: event.type,
          data: JSON.stringify(eventData(event)),
          id: String(id++),
        });
      }
    } catch (error) {
      const code = errorCode(error);
      logger.error('chat stream failed', {
        code,
        message: error instanceof Error ? error.message : String(error),
      });
      const message =
        code === 'internal_error'
          ? 'The answer could not be completed'
          : String((error as Error).message);
      await stream.writeSSE({
        event: 'error',
        data: JSON.stringify({ error: { code, message } }),
        id: String(id++),
      });
    }
  });
}

/**
 * The SSE `data` of an event: its payload without the `type`, which is the SSE
 * event name. Candidate passages carry `retrievalScore`, not `score`, so they
 * are not mistaken for citations.
 */
export function eventData(event: ChatStreamEvent): unknown {
  switch (event.type) {
    case 'citations':
      return {
        passages: event.passages.map(({ score, ...passage }): StreamPassage => ({
          ...passage,
          retrievalScore: score,
        })),
      };
    case 'delta':
      return { text: event.text };
    case 'done':
      return event.response;
  }
}

/** The stable `code` of a domain error (`AppError`), or `internal_error`. */
function errorCode(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : 'internal_error';
}
