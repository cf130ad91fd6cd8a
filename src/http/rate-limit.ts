/**
 * Rate limits per API key, or per client address when no key is sent, with
 * hono-rate-limiter: `429` with `Retry-After` once a client has used its
 * requests for the minute.
 */
import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { errorBody } from './error-response.js';
import { bearerToken } from './require-api-key.js';

/**
 * Who a request counts against: its key's digest when keys are checked
 * (`byKey`), else the address it came from. Without key checking a bearer
 * token is anything a client makes up, so it must not buy a fresh count.
 */
export function clientKeyOf(c: Context, byKey: boolean): string {
  const token = byKey ? bearerToken(c.req.header('authorization')) : null;
  if (token !== null) return `key:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
  try {
    return `address:${getConnInfo(c).remote.address ?? 'unknown'}`;
  } catch {
    // app.request() in tests has no socket.
    return 'address:unknown';
  }
}

export interface RateLimitOptions {
  /** Requests per window per client; 0 turns the limit off. */
  limit: number;
  windowMs?: number;
  /** Count per API key (the keys are checked before this runs); otherwise per address. */
  byKey?: boolean;
}

/** The rate-limit middleware; a pass-through when `limit` is 0. */
export function createRateLimit({
  limit,
  windowMs = 60_000,
  byKey = false,
}: RateLimitOptions): MiddlewareHandler {
  if (limit <= 0) {
    return async function noRateLimit(_c, next) {
      await next();
    };
  }
  return rateLimiter({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => clientKeyOf(c, byKey),
    handler: (c) =>
      c.json(
        errorBody(
          'rate_limited',
          `Too many requests: at most ${limit} a minute. Try again after the time in Retry-After.`,
        ),
        429,
      ),
  });
}
