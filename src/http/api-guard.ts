/**
 * What stands in front of every door that answers questions (`/api`, `/v1`,
 * `/mcp`): the API key, then the rate limit.
 */
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import type { AccessConfig } from '../config/load-config.js';
import { createRateLimit } from './rate-limit.js';
import { requireApiKey } from './require-api-key.js';

/**
 * The guard in front of every door that answers questions: the API key, then
 * the rate limit. Built once per app so `/api`, `/v1` and `/mcp` share one
 * count per client; mount it on a new door with `app.use('/door/*', guard)`.
 */
export function createApiGuard(access: Partial<AccessConfig> = {}): MiddlewareHandler {
  return every(
    requireApiKey({ keys: access.apiKeys ?? [] }),
    createRateLimit({
      limit: access.rateLimitPerMinute ?? 0,
      byKey: (access.apiKeys ?? []).length > 0,
    }),
  );
}
