/**
 * Prometheus metrics (prom-client) behind a small interface of ours: one
 * registry per server, created by the composition root and injected; no
 * global default registry.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface RequestObservation {
  /** The route pattern (`/api/documents/:docId`), never the raw path, to bound label values. */
  route: string;
  method: string;
  status: number;
  seconds: number;
}

export interface Metrics {
  observeRequest(observation: RequestObservation): void;
  /** One answer given: refused or not, and the fallback reason when an optional dependency was bypassed. */
  countAnswer(answer: { refused: boolean; fallback?: string }): void;
  setIndexSize(size: { documents: number; chunks: number; bytes: number }): void;
  /** The exposition text and its content type, for `GET /metrics`. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** Creates the metrics; `defaultMetrics` adds process memory, CPU and event-loop figures. */
export function createMetrics({
  defaultMetrics = true,
}: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'sourced_' });
  const labelNames = ['route', 'method', 'status'] as const;
  const requests = new Counter({
    name: 'sourced_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'sourced_http_request_duration_seconds',
    help: 'Time to the response headers, by route pattern, method and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const answers = new Counter({
    name: 'sourced_answers_total',
    help: 'Answers given, by outcome (answered or refused)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'sourced_llm_fallbacks_total',
    help: 'Answers that fell back from the language model, by reason',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const index = new Gauge({
    name: 'sourced_index_size',
    help: 'Size of the open index: documents, chunks, bytes on disk',
    labelNames: ['unit'] as const,
    registers: [registry],
  });
  // Both outcomes exist from the start, so a dashboard sees 0 rather than no series.
  answers.inc({ outcome: 'answered' }, 0);
  answers.inc({ outcome: 'refused' }, 0);
  return {
    observeRequest({ route, method, status, seconds }) {
      const labels = { route, method, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
    countAnswer({ refused, fallback }) {
      answers.inc({ outcome: refused ? 'refused' : 'answered' });
      if (fallback !== undefined) fallbacks.inc({ reason: fallback.slice(0, 40) });
    },
    setIndexSize({ documents, chunks, bytes }) {
      index.set({ unit: 'documents' }, documents);
      index.set({ unit: 'chunks' }, chunks);
      index.set({ unit: 'bytes' }, bytes);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
