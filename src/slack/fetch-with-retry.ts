/**
 * HTTP with bounded retries for Slack's endpoints: honours `Retry-After` on
 * 429, backs off on 5xx and network errors, and reports failure as a value so
 * a flaky Slack never crashes the server.
 */
import type { Logger } from '../log/logger.js';

export type Sleep = (milliseconds: number) => Promise<void>;

export const defaultSleep: Sleep = (milliseconds) =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

export interface FetchWithRetryOptions {
  url: string;
  init: RequestInit;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Backoff base for 5xx and network errors; doubles each attempt. */
  baseDelayMs?: number;
  /** A Retry-After longer than this is not waited for. */
  maxDelayMs?: number;
  /** Per-attempt limit, so a hung connection cannot hold a background task forever. */
  timeoutMs?: number;
}

export type FetchWithRetryResult = { ok: true; response: Response } | { ok: false; error: string };

/** Sends a request, retrying where Slack says (or a failure suggests) a later try may work. */
export async function fetchWithRetry({
  url,
  init,
  logger,
  fetch = globalThis.fetch,
  sleep = defaultSleep,
  maxRetries = 3,
  baseDelayMs = 500,
  maxDelayMs = 30_000,
  timeoutMs = 15_000,
}: FetchWithRetryOptions): Promise<FetchWithRetryResult> {
  const target = new URL(url).pathname;
  for (let attempt = 0; ; attempt++) {
    let delayMs: number;
    let reason: string;
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status !== 429 && response.status < 500) return { ok: true, response };
      await discardBody(response);
      if (response.status === 429) {
        delayMs = parseRetryAfterMs(response.headers.get('retry-after'));
        reason = 'rate_limited';
      } else {
        delayMs = baseDelayMs * 2 ** attempt;
        reason = `http_${response.status}`;
      }
    } catch (error) {
      delayMs = baseDelayMs * 2 ** attempt;
      reason = `network_error: ${String(error)}`;
    }
    if (attempt >= maxRetries || delayMs > maxDelayMs) {
      logger.error('slack request failed, giving up', { target, reason, attempts: attempt + 1 });
      return { ok: false, error: reason };
    }
    logger.warn('slack request failed, retrying', {
      target,
      reason,
      delayMs,
      attempt: attempt + 1,
    });
    await sleep(delayMs);
  }
}

/** Retry-After is whole seconds for Slack; a missing or odd value waits one second. */
function parseRetryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

/**
 * Reads and drops a response body so the connection can be reused. (Reading,
 * not `body.cancel()`: cancelling can stall with some fetch interceptors.)
 */
export async function discardBody(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined);
}
