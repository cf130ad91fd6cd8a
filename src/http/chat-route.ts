/**
 * `POST /api/chat`: a conversation in, a cited answer out. Declared once with
 * `@hono/zod-openapi`: the route, its validation and its OpenAPI description.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { chatResponseSchema } from '../answer/chat-types.js';
import type { Assistant } from '../answer/chat-types.js';
import type { Logger } from '../log/logger.js';
import { jsonBodyErrors } from './openapi/openapi-helpers.js';
import { chatRequestSchema } from './request-schemas.js';
import { limitBody, requireJson } from './require-json.js';
import { streamChat } from './stream-chat.js';
import { validationHook } from './validate-json.js';

const STREAM_DESCRIPTION = [
  'With `"stream": true` the answer comes as Server-Sent Events, in this order:',
  '`citations` (`{ passages: StreamPassage[] }`: what retrieval found, before the answer;',
  'each with its `retrievalScore`, the fused ranking score, not a citation `score`),',
  '`delta` (`{ text }`: answer text, zero or more),',
  '`done` (the full `ChatResponse`, authoritative: show its `answer`).',
  'A failure mid-stream ends with an `error` event carrying `{ error: { code, message } }`',
  '(`internal_error` for a fault on our side).',
].join(' ');

export const chatRoute = createRoute({
  method: 'post',
  path: '/api/chat',
  operationId: 'chat',
  tags: ['chat'],
  summary: 'Answer the last question of a conversation from the documents, with citations',
  description:
    'Every `[n]` marker in `answer` matches the citation with that `n`; its `quote` is exactly ' +
    '`text.slice(start, end)` of `GET /api/documents/{docId}`. When the documents do not answer ' +
    'the question, `refused` is true, `citations` is empty and `answer` gives the reason. A ' +
    "citation's `score` (0–1) is how well its sentence answers the question.",
  middleware: [limitBody(), requireJson()] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: chatRequestSchema.meta({ id: 'ChatRequest' }) } },
    },
  },
  responses: {
    200: {
      description: `The cited answer (or refusal). ${STREAM_DESCRIPTION}`,
      content: {
        'application/json': { schema: chatResponseSchema.meta({ id: 'ChatResponse' }) },
        'text/event-stream': { schema: { type: 'string', description: STREAM_DESCRIPTION } },
      },
    },
    ...jsonBodyErrors,
  },
});

export function createChatRoute({ assistant, logger }: { assistant: Assistant; logger: Logger }) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(chatRoute, async (c) => {
    const { messages, topK, stream, filters } = c.req.valid('json');
    // The client's disconnect cancels an LLM call in flight.
    const signal = c.req.raw.signal;
    const request = { messages, topK, signal, ...(filters ? { filters } : {}) };
    if (stream === true) return streamChat(c, { assistant, request, logger });
    return c.json(await assistant.ask(request), 200);
  });
}
