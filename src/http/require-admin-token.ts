/**
 * Guards the document write routes with ADMIN_TOKEN: 403 when no token is
 * configured (writes are off), 401 for a missing or wrong key. Keys are sent
 * as `Authorization: Bearer <token>` and compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './error-response.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export const requireAdminToken = ({ token }: { token?: string }): MiddlewareHandler =>
  async function requireAdminToken(c, next) {
    if (!token) {
      return c.json(
        errorBody(
          'writes_disabled',
          'Document changes are disabled: set ADMIN_TOKEN on the server.',
        ),
        403,
      );
    }
    const given = /^Bearer\s+(.+)$/iu.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json(
        errorBody(
          'unauthorized',
          'A valid admin key is required (Authorization: Bearer <ADMIN_TOKEN>).',
        ),
        401,
      );
    }
    await next();
  };
