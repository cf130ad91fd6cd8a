/**
 * The Hono application: every HTTP door mounted on one app, with one error
 * handler. Receives its dependencies; creates none.
 */
import { Hono } from 'hono';
import type { Assistant } from '../answer/chat-types.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import { createSlackApp } from '../slack/create-slack-app.js';
import type { SlackDeps } from '../slack/slack-deps.js';
import { createChatRoute } from './chat-route.js';
import { createDocumentsRoutes } from './documents-routes.js';
import { createOpenAiRoutes } from './openai-routes.js';
import { createErrorHandler, errorBody } from './error-response.js';
import { createOpenApiDocument } from './openapi/create-openapi-document.js';
import { createOpenApiRoutes } from './openapi/create-openapi-routes.js';
import { createWebRoutes } from './web/create-web-routes.js';
import { securityHeaders } from './web/security-headers.js';

export interface AppDeps {
  assistant: Assistant;
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
  app.route('/api/chat', createChatRoute({ assistant, logger }));
  app.route('/v1', createOpenAiRoutes({ assistant, logger }));
  app.route('/api/documents', createDocumentsRoutes({ documents, chunks }));
  // Slack signs the raw body: no body-parsing middleware may run before this sub-app.
  app.route('/slack', createSlackApp({ ...slack, logger }));
  app.route('/', createOpenApiRoutes({ document: createOpenApiDocument() }));
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
    documents: SourceDocument[];
    index: { chunks: Chunk[]; embedder: { id: string } };
    logger: Logger;
    config?: { slack: { signingSecret?: string } };
  },
  extra: { slack?: SlackDeps } = {},
): AppDeps {
  return {
    assistant: deps.assistant,
    documents: deps.documents,
    chunks: deps.index.chunks,
    embedderId: deps.index.embedder.id,
    logger: deps.logger,
    slack: { signingSecret: deps.config?.slack.signingSecret, deps: extra.slack },
  };
}
