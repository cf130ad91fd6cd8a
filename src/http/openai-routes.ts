/**
 * An OpenAI-compatible door, mounted at `/v1`: `POST /chat/completions`
 * (plain and `stream: true`) and `GET /models`, so existing chat clients can
 * use the assistant. Citations appear as a "Sources" list in the message text
 * and in an extra `citations` field.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AskOptions, Assistant } from '../answer/chat-types.js';
import { streamAssistant } from '../answer/stream-answer.js';
import type { Logger } from '../log/logger.js';
import { findConversationProblem } from './conversation-limits.js';
import { isClientAbort } from './error-response.js';
import { limitBody, MAX_BODY_BYTES, requireJson } from './require-json.js';
import {
  completionRequestSchema,
  formatSources,
  openAiError,
  renderOpenAiError,
  toChatMessages,
  toChunk,
  toCompletion,
  type CompletionIdentity,
} from './openai-format.js';

export interface CreateOpenAiRoutesOptions {
  assistant: Assistant;
  /** The single model id listed and echoed back. */
  modelName?: string;
  topK?: number;
  /** The same limit as `/api/chat`'s. */
  maxBodyBytes?: number;
  logger: Logger;
}

/** A Hono sub-app; mount it with `app.route('/v1', createOpenAiRoutes(...))`. */
export function createOpenAiRoutes({
  assistant,
  modelName = 'sourced',
  topK,
  maxBodyBytes = MAX_BODY_BYTES,
  logger,
}: CreateOpenAiRoutesOptions): Hono {
  const app = new Hono();

  app.get('/models', (c) =>
    c.json({
      object: 'list',
      data: [{ id: modelName, object: 'model', created: 0, owned_by: 'sourced' }],
    }),
  );

  const guards = [
    limitBody(maxBodyBytes, { render: renderOpenAiError }),
    requireJson({ render: renderOpenAiError }),
  ] as const;

  app.post('/chat/completions', ...guards, async (c) => {
    // Parsed by hand rather than with zValidator so that bad input gets OpenAI's error shape.
    const body: unknown = await c.req.json().catch((error: unknown) => {
      if (isClientAbort(error, c.req.raw.signal)) throw error;
      return undefined;
    });
    if (body === undefined) return c.json(openAiError('The request body must be JSON'), 400);
    const parsed = completionRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.json(
        openAiError(issue?.message ?? 'Invalid request', { param: issue?.path.join('.') || null }),
        400,
      );
    }
    const messages = toChatMessages(parsed.data.messages);
    const problem = findConversationProblem(messages);
    if (problem) {
      const message =
        problem.kind === 'not_a_question'
          ? 'The last message must be a non-empty user message'
          : problem.message;
      return c.json(openAiError(message, { param: 'messages' }), 400);
    }
    const request: AskOptions = {
      messages,
      ...(topK === undefined ? {} : { topK }),
      // The client's disconnect cancels an LLM call in flight.
      signal: c.req.raw.signal,
    };
    const identity = {
      id: `chatcmpl-${randomUUID()}`,
      created: Math.floor(Date.now() / 1000),
      model: modelName,
    };
    if (parsed.data.stream === true)
      return streamCompletion(c, { assistant, request, identity, logger });
    return c.json(toCompletion(await assistant.ask(request), identity));
  });

  app.onError((error, c) => {
    if (isClientAbort(error, c.req.raw.signal)) {
      logger.info('client aborted the request', { path: c.req.path });
      return c.json(openAiError('The request body did not arrive whole'), 400);
    }
    logger.error('openai route failed', { message: error.message });
    return c.json(openAiError('The answer could not be completed', { type: 'server_error' }), 500);
  });

  return app;
}

/** OpenAI's streaming format: role chunk, content chunks, a final chunk with citations, `[DONE]`. */
function streamCompletion(
  c: Parameters<typeof streamSSE>[0],
  options: {
    assistant: Assistant;
    request: AskOptions;
    identity: CompletionIdentity;
    logger: Logger;
  },
): Response {
  const { assistant, request, identity, logger } = options;
  return streamSSE(c, async function streamCompletionChunks(stream) {
    const send = (data: unknown) => stream.writeSSE({ data: JSON.stringify(data) });
    try {
      await send(toChunk(identity, { role: 'assistant', content: '' }));
      let streamed = '';
      for await (const event of streamAssistant(assistant, request)) {
        if (stream.aborted) return;
        if (event.type === 'delta') {
          streamed += event.text;
          await send(toChunk(identity, { content: event.text }));
        } else if (event.type === 'done') {
          const { answer, citations } = event.response;
          // `done` is authoritative: after a late fallback its answer replaces what was streamed.
          const rest = answer.startsWith(streamed)
            ? answer.slice(streamed.length)
            : `\n\n${answer}`;
          await send(toChunk(identity, { content: rest + formatSources(citations) }));
          await send(toChunk(identity, {}, 'stop', { citations }));
        }
      }
    } catch (error) {
      logger.error('openai stream failed', {
        message: error instanceof Error ? error.message : String(error),
      });
      await send(openAiError('The answer could not be completed', { type: 'server_error' }));
    }
    await stream.writeSSE({ data: '[DONE]' });
  });
}
