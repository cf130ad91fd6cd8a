/**
 * One access-log line and one metrics observation per request, tagged with
 * the request id (`X-Request-Id`, hono's request-id middleware). Logs the
 * route and status, never the body or query.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../log/logger.js';
import type { RequestContext } from '../log/request-context.js';
import type { Metrics } from '../metrics/create-metrics.js';

/** The matched route pattern, or `unmatched` for a 404 that matched no route. */
function routeOf(c: Parameters<MiddlewareHandler>[0]): string {
  const pattern = routePath(c, -1);
  return pattern === '' || pattern === '*' || pattern === '/*' ? 'unmatched' : pattern;
}

/** Logs and measures every request; place it after `requestId()`. */
export const observeRequests = ({
  logger,
  metrics,
  requestContext,
  now = () => performance.now(),
}: {
  logger: Logger;
  metrics?: Metrics;
  /** Carries the request id to every log line written while answering. */
  requestContext?: RequestContext;
  now?: () => number;
}): MiddlewareHandler =>
  async function observeRequests(c, next) {
    const started = now();
    const id = c.get('requestId') as string | undefined;
    if (requestContext && id !== undefined) await requestContext.run(id, next);
    else await next();
    const milliseconds = now() - started;
    const route = routeOf(c);
    const status = c.res.status;
    metrics?.observeRequest({ route, method: c.req.method, status, seconds: milliseconds / 1000 });
    if (route === '/metrics' || route === '/healthz' || route === '/readyz') return;
    const fields = {
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round(milliseconds),
    };
    // 503 is a state the operator chose (Slack not configured, shutting down), not a fault.
    if (status >= 500 && status !== 503) logger.error('request failed', fields);
    else if (status === 503) logger.warn('request refused', fields);
    else logger.info('request', fields);
  };
