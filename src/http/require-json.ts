/**
 * Guards JSON endpoints: the right content type, a bounded body, and a body
 * that parses, each failure a clear 4xx before any handler runs.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from './error-response.js';

export const MAX_BODY_BYTES = 64 * 1024;

export const limitBody = (maxSize = MAX_BODY_BYTES): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: (c) =>
      c.json(
        errorBody('payload_too_large', `The request body may be at most ${maxSize} bytes.`),
        413,
      ),
  });

export const requireJson = (): MiddlewareHandler =>
  async function requireJson(c, next) {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/iu.test(type)) {
      return c.json(
        errorBody(
          'unsupported_media_type',
          'Send the body as JSON with "content-type: application/json".',
        ),
        415,
      );
    }
    await next();
  };
