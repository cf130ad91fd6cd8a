/**
 * The JSON API under `/api/*`, every route declared with `@hono/zod-openapi`:
 * the same declaration validates requests and describes the route in
 * `/openapi.json` (see `createOpenApiDocument`).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Assistant } from '../answer/chat-types.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import { createChatRoute } from './chat-route.js';
import { createDocumentsRoutes } from './documents-routes.js';
import { validationHook } from './validate-json.js';

export interface ApiRoutesOptions {
  assistant: Assistant;
  logger: Logger;
  documents: SourceDocument[];
  chunks: Chunk[];
}

export function createApiRoutes({ assistant, logger, documents, chunks }: ApiRoutesOptions) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .route('/', createChatRoute({ assistant, logger }))
    .route('/', createDocumentsRoutes({ documents, chunks }));
}
export type ApiRoutes = ReturnType<typeof createApiRoutes>;
