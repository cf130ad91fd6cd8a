/**
 * The Hono application: every HTTP door mounted on one app, with one error
 * handler. Receives its dependencies; creates none.
 */
import { Hono } from 'hono';
import { except } from 'hono/combine';
import { requestId } from 'hono/request-id';
import type { Assistant } from '../answer/chat-types.js';
import type { AccessConfig } from '../config/load-config.js';
import type { Chunk, Retriever, SourceDocument } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import type { RequestContext } from '../log/request-context.js';
import { createDocumentCatalog } from '../mcp/document-catalog.js';
import { createMcpRoute } from '../mcp/create-mcp-route.js';
import type { Metrics } from '../metrics/create-metrics.js';
import { createSlackApp } from '../slack/create-slack-app.js';
import type { SlackDeps } from '../slack/slack-deps.js';
import { createApiRoutes } from './create-api-routes.js';
import { createOpenAiRoutes } from './openai-routes.js';
import { allowHosts } from './allow-hosts.js';
import { createApiGuard } from './api-guard.js';
import { createErrorHandler, errorBody } from './error-response.js';
import { createHealthRoutes, type Readiness } from './health-routes.js';
import { observeRequests } from './observe-requests.js';
import { limitBody } from './require-json.js';
import { requireApiKey } from './require-api-key.js';
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
  /** API keys, rate limit, Host allow-list; omitted: open, unlimited, any host. */
  access?: Partial<AccessConfig>;
  /** Prometheus metrics served at `/metrics`; omitted: no `/metrics`. */
  metrics?: Metrics;
  /** Whether to take traffic (`/readyz`); false while shutting down. */
  readiness?: Readiness;
  /** Gives every log line written while answering a request that request's id. */
  requestContext?: RequestContext;
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
  access = {},
  metrics,
  readiness = () => true,
  requestContext,
  slack = {},
}: AppDeps) {
  const app = new Hono();
  app.use(requestId());
  app.use(
    observeRequests({
      logger,
      ...(metrics ? { metrics } : {}),
      ...(requestContext ? { requestContext } : {}),
    }),
  );
  app.use(securityHeaders());
  app.use(allowHosts({ hosts: access.allowedHosts ?? null }));
  // Key and rate limit first, so a refused client's body is never read.
  const guard = createApiGuard(access);
  for (const door of ['/api/*', '/v1/*', '/mcp/*']) app.use(door, guard);
  // Every body is counted while it streams in; /v1 and /slack count their own (other limit or shape).
  app.use(except(['/v1/*', '/slack/*'], limitBody()));
  app.route(
    '/',
    createHealthRoutes({
      documents,
      chunks,
      embedderId,
      readiness,
      ...(metrics ? { metrics, metricsGuard: requireApiKey({ keys: access.apiKeys ?? [] }) } : {}),
    }),
  );
  // `/api/*`, declared with @hono/zod-openapi: the same declarations describe them in /openapi.json.
  const api = createApiRoutes({ assistant, logger, documents, chunks });
  app.route('/', api);
  app.route('/v1', createOpenAiRoutes({ assistant, logger }));
  // Its own sub-app, behind the same guard as `/api/*` (mounted above on `/mcp/*`, which matches `/mcp`).
  const catalog = createDocumentCatalog({ documents, chunks });
  app.route(
    '/mcp',
    createMcpRoute({
      // Imported on the first MCP call, with the SDK: a server never asked over MCP skips it.
      createServer: async () =>
        (await import('../mcp/create-mcp-server.js')).createMcpServer({
          assistant,
          retriever,
          catalog,
          logger,
        }),
    }),
  );
  // Slack signs the raw body: no body-parsing middleware may run before this sub-app.
  app.route('/slack', createSlackApp({ ...slack, logger }));
  app.route(
    '/',
    createOpenApiRoutes({ document: () => createOpenApiDocument({ api, extraPaths: mcpPaths }) }),
  );
  app.route('/', createWebRoutes({ documents, chunks }));
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path.slice(0, 200)}.`), 404),
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
    metrics?: Metrics;
    requestContext?: RequestContext;
    config?: { slack: { signingSecret?: string }; access?: AccessConfig };
  },
  extra: { slack?: SlackDeps; readiness?: Readiness } = {},
): AppDeps {
  const { readiness } = extra;
  return {
    ...(deps.config?.access ? { access: deps.config.access } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.requestContext ? { requestContext: deps.requestContext } : {}),
    ...(readiness ? { readiness } : {}),
    assistant: deps.assistant,
    retriever: deps.retriever,
    documents: deps.documents,
    chunks: deps.index.chunks,
    embedderId: deps.index.embedder.id,
    logger: deps.logger,
    slack: { signingSecret: deps.config?.slack.signingSecret, deps: extra.slack },
  };
}
