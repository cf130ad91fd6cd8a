/**
 * `POST /api/chat`: a conversation in, a cited answer out.
 */
import { Hono } from 'hono';
import type { Assistant } from '../answer/chat-types.js';
import type { Logger } from '../log/logger.js';
import { chatRequestSchema } from './request-schemas.js';
import { limitBody, requireJson } from './require-json.js';
import { validateJson } from './validate-json.js';
import { streamChat } from './stream-chat.js';

export function createChatRoute({ assistant, logger }: { assistant: Assistant; logger: Logger }) {
  return new Hono().post(
    '/',
    limitBody(),
    requireJson(),
    validateJson(chatRequestSchema),
    async (c) => {
      const { messages, topK, stream } = c.req.valid('json');
      if (stream === true) return streamChat(c, { assistant, request: { messages, topK }, logger });
      return c.json(await assistant.ask({ messages, topK }));
    },
  );
}
