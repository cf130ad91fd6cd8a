/**
 * Posting to a `response_url` (slash commands, button clicks): Slack's way of
 * answering later without a token. Only Slack's own hosts are ever posted to,
 * since the URL arrives inside a payload; a 429 waits its Retry-After and
 * a 5xx or network error backs off, a few times at most.
 */
import type { Logger } from '../log/logger.js';

/** Where Slack's response URLs live (commercial and GovSlack). */
export const SLACK_RESPONSE_URL_ORIGINS = [
  'https://hooks.slack.com',
  'https://hooks.slack-gov.com',
];

export type PostToResponseUrl = (url: string, body: Record<string, unknown>) => Promise<boolean>;

export type Sleep = (milliseconds: number) => Promise<void>;

const defaultSleep: Sleep = (milliseconds) =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** True when `url` parses and its origin is one of `allowedOrigins`. */
export function isAllowedResponseUrl(url: string, allowedOrigins: readonly string[]): boolean {
  try {
    return allowedOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

export interface ResponseUrlPosterOptions {
  logger: Logger;
  /** Origins (`https://hooks.slack.com`) that may receive posts; tests add their fake. */
  allowedOrigins?: readonly string[];
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
  maxRetries?: number;
  baseDelayMs?: number;
  /** A Retry-After longer than this is not waited for. */
  maxDelayMs?: number;
  timeoutMs?: number;
}

/** Creates a poster that reports success as a boolean and logs failures. */
export function createResponseUrlPoster({
  logger,
  allowedOrigins = SLACK_RESPONSE_URL_ORIGINS,
  fetch = globalThis.fetch,
  sleep = defaultSleep,
  maxRetries = 3,
  baseDelayMs = 500,
  maxDelayMs = 30_000,
  timeoutMs = 15_000,
}: ResponseUrlPosterOptions): PostToResponseUrl {
  return async function postToResponseUrl(url, body) {
    if (!isAllowedResponseUrl(url, allowedOrigins)) {
      logger.warn('refused to post to a response_url outside Slack', { host: hostOf(url) });
      return false;
    }
    for (let attempt = 0; ; attempt++) {
      let delayMs = baseDelayMs * 2 ** attempt;
      let reason: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        // Read the body so the connection can be reused.
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) return true;
        if (response.status !== 429 && response.status < 500) {
          logger.error('slack response_url rejected the message', { status: response.status });
          return false;
        }
        reason = `http_${response.status}`;
        if (response.status === 429) delayMs = retryAfterMs(response.headers.get('retry-after'));
      } catch (error) {
        reason = `network_error: ${String(error)}`;
      }
      if (attempt >= maxRetries || delayMs > maxDelayMs) {
        logger.error('slack response_url failed, giving up', { reason, attempts: attempt + 1 });
        return false;
      }
      logger.warn('slack response_url failed, retrying', { reason, delayMs });
      await sleep(delayMs);
    }
  };
}

/** Retry-After is whole seconds for Slack; a missing or odd value waits one second. */
function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'unparseable';
  }
}
