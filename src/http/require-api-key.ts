/**
 * Optional API keys: with keys configured, a request must carry one as
 * `Authorization: Bearer <key>`. Exported for every door that answers
 * questions (`/api`, `/v1`, `/mcp`).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './error-response.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The bearer token of a request, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Middleware that answers 401 unless the request carries one of `keys`.
 * With no keys it lets every request through. Keys are compared as SHA-256
 * digests in constant time, so timing tells nothing about a key.
 */
export const requireApiKey = ({ keys }: { keys: readonly string[] }): MiddlewareHandler => {
  const digests = keys.map(digest);
  return async function requireApiKey(c, next) {
    if (digests.length === 0) return next();
    const token = bearerToken(c.req.header('authorization'));
    const given = token === null ? null : digest(token);
    // Compare with every key, without stopping early.
    const accepted =
      given !== null && digests.reduce((found, key) => timingSafeEqual(key, given) || found, false);
    if (!accepted) {
      c.header('WWW-Authenticate', 'Bearer realm="sourced"');
      return c.json(
        errorBody(
          'unauthorized',
          token === null
            ? 'This server needs an API key: send "Authorization: Bearer <key>".'
            : 'The API key is not valid.',
        ),
        401,
      );
    }
    return next();
  };
};
