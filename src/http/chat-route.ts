/**
 * `POST /api/chat`: a conversation in, a cited answer out.
 */
import { Hono } from 'hono';
import type { Assistant } from '../answer/chat-types.js';
import { chatRequestSchema } from './request-schemas.js';
import { limitBody, requireJson } from './require-json.js';
import { validateJson } from './validate-json.js';

export function createChatRoute({ assistant }: { assistant: Assistant }) {
  return new Hono().post(
    '/',
    limitBody(),
    requireJson(),
    validateJson(chatRequestSchema),
    async (c) => {
      const { messages, topK } = c.req.valid('json');
      return c.json(await assistant.ask({ messages, topK }));
    },
  );
}
