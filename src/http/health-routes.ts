/**
 * Operations routes: `/healthz` (the process is alive), `/readyz` (it should
 * get traffic: index open, not shutting down) and `/metrics` (Prometheus).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { Metrics } from '../metrics/create-metrics.js';

/** Whether the server should take traffic now. */
export type Readiness = () => boolean;

export function createHealthRoutes({
  documents,
  chunks,
  embedderId,
  readiness,
  metrics,
  metricsGuard,
}: {
  documents: SourceDocument[];
  chunks: Chunk[];
  embedderId: string;
  readiness: Readiness;
  metrics?: Metrics;
  /** The API-key check, when keys are configured: metrics are not for everyone. */
  metricsGuard?: MiddlewareHandler;
}) {
  const app = new Hono();
  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      documents: documents.length,
      chunks: chunks.length,
      embedder: embedderId,
    }),
  );
  app.get('/readyz', (c) =>
    readiness()
      ? c.json({ status: 'ready', documents: documents.length, chunks: chunks.length })
      : c.json({ status: 'shutting_down' }, 503),
  );
  if (metrics) {
    if (metricsGuard) app.use('/metrics', metricsGuard);
    app.get('/metrics', async (c) => {
      const { contentType, body } = await metrics.render();
      return c.body(body, 200, { 'content-type': contentType });
    });
  }
  return app;
}
