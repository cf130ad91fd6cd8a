/**
 * The Hono application: every HTTP door mounted on one app, with one error
 * handler. Receives its dependencies; creates none.
 */
import { Hono } from 'hono';
import type { Assistant } from '../answer/chat-types.js';
import type { Chunk, Retriever, SourceDocument } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import { createDocumentCatalog } from '../mcp/document-catalog.js';
import { createMcpRoute } from '../mcp/create-mcp-route.js';
import { createMcpServer } from '../mcp/create-mcp-server.js';
import { createSlackApp } from '../slack/create-slack-app.js';
import type { SlackDeps } from '../slack/slack-deps.js';
import { createApiRoutes } from './create-api-routes.js';
import { createOpenAiRoutes } from './openai-routes.js';
import { createErrorHandler, errorBody } from './error-response.js';
import { createOpenApiDocument } from './openapi/create-openapi-document.js';
import { createOpenApiRoutes } from './openapi/create-openapi-routes.js';
import { mcpPaths } from './openapi/mcp-paths.js';
import { createWebRoutes } from './web/create-web-routes.js';
import { securityHeaders } from './web/security-headers.js';

export interface AppDeps {
  assistant: Assistant;
  /** Serves the MCP `search` tool. */
  retriever: Retriever;
  documents: SourceDocument[];
  chunks: Chunk[];
  embedderId: string;
  logger: Logger;
  slack?: {
    /** SLACK_SIGNING_SECRET; without it (or without deps) `/slack/*` answers 503. */
    signingSecret?: string;
    /** Built by the composition root, shared with Socket Mode. */
    deps?: SlackDeps;
  };
}

export function createApp({
  assistant,
  retriever,
  documents,
  chunks,
  embedderId,
  logger,
  slack = {},
}: AppDeps) {
  const app = new Hono();
  app.use(securityHeaders());
  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      documents: documents.length,
      chunks: chunks.length,
      embedder: embedderId,
    }),
  );
  // `/api/*`, declared with @hono/zod-openapi: the same declarations describe them in /openapi.json.
  const api = createApiRoutes({ assistant, logger, documents, chunks });
  app.route('/', api);
  app.route('/v1', createOpenAiRoutes({ assistant, logger }));
  // Its own sub-app, so the guards of `/api/*` (API keys, rate limits) can be put in front as `app.use('/mcp', …)`.
  const catalog = createDocumentCatalog({ documents, chunks });
  app.route(
    '/mcp',
    createMcpRoute({
      createServer: () => createMcpServer({ assistant, retriever, catalog, logger }),
    }),
  );
  // Slack signs the raw body: no body-parsing middleware may run before this sub-app.
  app.route('/slack', createSlackApp({ ...slack, logger }));
  app.route(
    '/',
    createOpenApiRoutes({ document: createOpenApiDocument({ api, extraPaths: mcpPaths }) }),
  );
  app.route('/', createWebRoutes({ documents, chunks }));
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}.`), 404),
  );
  app.onError(createErrorHandler(logger));
  return app;
}

/** The app's dependencies, taken from the composition root's `Deps`. */
export function appDepsFrom(
  deps: {
    assistant: Assistant;
    retriever: Retriever;
    documents: SourceDocument[];
    index: { chunks: Chunk[]; embedder: { id: string } };
    logger: Logger;
    config?: { slack: { signingSecret?: string } };
  },
  extra: { slack?: SlackDeps } = {},
): AppDeps {
  return {
    assistant: deps.assistant,
    retriever: deps.retriever,
    documents: deps.documents,
    chunks: deps.index.chunks,
    embedderId: deps.index.embedder.id,
    logger: deps.logger,
    slack: { signingSecret: deps.config?.slack.signingSecret, deps: extra.slack },
  };
}
