/**
 * Guards JSON endpoints: the right content type, a bounded body, and a body
 * that parses, each failure a clear 4xx before any handler runs.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from './error-response.js';

export const MAX_BODY_BYTES = 64 * 1024;

/** How a door writes an error body (`/v1` speaks OpenAI's shape). */
export type RenderError = (code: string, message: string) => unknown;

export interface GuardOptions {
  render?: RenderError;
}

/**
 * Rejects a body over `maxSize` bytes with 413. The body is counted while it
 * streams in, so a chunked upload without Content-Length is cut off at the
 * limit instead of being buffered whole.
 */
export const limitBody = (
  maxSize = MAX_BODY_BYTES,
  { render = errorBody }: GuardOptions = {},
): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    // The rest of the body is never read: the connection cannot be reused, so say so.
    onError: (c) =>
      c.json(
        render('payload_too_large', `The request body may be at most ${maxSize} bytes.`) as object,
        413,
        { connection: 'close' },
      ),
  });

export const requireJson = ({ render = errorBody }: GuardOptions = {}): MiddlewareHandler =>
  async function requireJson(c, next) {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/iu.test(type)) {
      return c.json(
        render(
          'unsupported_media_type',
          'Send the body as JSON with "content-type: application/json".',
        ) as object,
        415,
        { connection: 'close' },
      );
    }
    await next();
  };
