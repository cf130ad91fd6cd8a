/**
 * Small builders for OpenAPI operation objects, so each path file reads as a
 * list of routes rather than nested JSON.
 */
import { schemaRef } from './schema-components.js';

export type OperationObject = Record<string, unknown>;
export type PathItems = Record<
  string,
  Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', OperationObject>>
>;

/** A response whose body is JSON of the named component schema. */
export const jsonResponse = (description: string, schemaName: string) => ({
  description,
  content: { 'application/json': { schema: schemaRef(schemaName) } },
});

/** A response whose body is the API's `{ error: { code, message } }`. */
export const errorResponse = (description: string) => jsonResponse(description, 'Error');

/** A response with a non-JSON body (a page, a script, a stylesheet). */
export const bodyResponse = (description: string, mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string' } }])),
});

/** A required string path parameter. */
export const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

/** The 4xx answers every JSON body route gives before its handler runs. */
export const jsonBodyErrors = {
  '400': errorResponse('The body is not valid JSON or fails validation (`invalid_request`).'),
  '413': errorResponse('The body is larger than the limit (`payload_too_large`).'),
  '415': errorResponse('The body is not sent as `application/json` (`unsupported_media_type`).'),
};

/** The answers of the API-key and rate-limit guard in front of `/api`, `/v1` and `/mcp`. */
export const guardResponses = {
  '401': errorResponse(
    '`API_KEYS` is set and the bearer key is missing or wrong (`unauthorized`).',
  ),
  '429': errorResponse(
    'More than `RATE_LIMIT_PER_MINUTE` requests this minute (`rate_limited`); see `Retry-After`.',
  ),
};

const GUARDED = /^\/(?:api|v1|mcp)(?:\/|$)/u;

/**
 * Marks the operations behind the API-key guard: an optional bearer key
 * (`{}` allows none, as when `API_KEYS` is unset) and the guard's 401 and 429.
 */
export function withAccessControl(paths: PathItems): PathItems {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      if (!GUARDED.test(path)) return [path, item];
      const guarded = Object.fromEntries(
        Object.entries(item).map(([method, operation]) => {
          const responses = (operation as { responses?: Record<string, unknown> }).responses ?? {};
          return [
            method,
            {
              ...operation,
              security: [{ bearerKey: [] }, {}],
              responses: { ...responses, ...guardResponses },
            },
          ];
        }),
      );
      return [path, guarded];
    }),
  ) as PathItems;
}
