/**
 * The app whose corpus can change while it serves: the document write routes
 * sit in front, and every other request goes to an app built over the
 * current corpus, rebuilt (and swapped in one assignment) after each change.
 */
import { Hono } from 'hono';
import type { Logger } from '../log/logger.js';
import type { LiveIndex } from '../store/live-index.js';
import {
  createDocumentWriteRoutes,
  type DocumentWriteRoutesOptions,
} from './document-write-routes.js';
import { createErrorHandler } from './error-response.js';
import { securityHeaders } from './web/security-headers.js';

export function createLiveApp({
  build,
  live,
  logger,
  ...documents
}: Omit<DocumentWriteRoutesOptions, 'live'> & {
  /** Builds the read side over the current corpus (`createApp(appDepsFrom(deps))`). */
  build: () => { fetch: (request: Request, env?: unknown) => Response | Promise<Response> };
  live: LiveIndex;
  logger: Logger;
}) {
  let current = build();
  live.onChange(() => {
    current = build();
  });
  const app = new Hono();
  app.use('/api/documents/*', securityHeaders());
  app.route('/api/documents', createDocumentWriteRoutes({ ...documents, live }));
  app.all('*', (c) => current.fetch(c.req.raw, c.env));
  app.onError(createErrorHandler(logger));
  return app;
}
