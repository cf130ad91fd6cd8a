/**
 * Slack's Web API through the official client (`@slack/web-api`), which
 * queues calls, waits out a 429's Retry-After and retries failed requests.
 * We wrap it so callers get errors such as `invalid_auth` as values (logged),
 * never exceptions. The only file that constructs a WebClient.
 */
import { ErrorCode, WebClient, type RetryOptions } from '@slack/web-api';
import type { Logger } from '../log/logger.js';
import { createSlackSdkLogger } from './slack-sdk-logger.js';

export type SlackApiResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

export interface SlackWebApi {
  /** Calls a Web API method such as `chat.postMessage`; never throws. */
  call(method: string, params: Record<string, unknown>): Promise<SlackApiResult>;
}

/**
 * Three retries after the first try, backing off from half a second (5xx,
 * network errors); a 429 additionally waits its Retry-After first.
 */
export const DEFAULT_SLACK_RETRY: RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 30_000,
};

export interface SlackWebApiOptions {
  /** Bot token (`xoxb-…`); without it every call fails with `not_configured`. */
  botToken: string | undefined;
  /** SLACK_API_URL, the Web API base. */
  apiUrl: string;
  logger: Logger;
  retry?: RetryOptions;
  /** Per-attempt limit, so a hung connection cannot hold a background task forever. */
  timeoutMs?: number;
}

/** Creates our Web API wrapper around a WebClient. */
export function createSlackWebApi({
  botToken,
  apiUrl,
  logger,
  retry = DEFAULT_SLACK_RETRY,
  timeoutMs = 15_000,
}: SlackWebApiOptions): SlackWebApi {
  const client = botToken
    ? new WebClient(botToken, {
        slackApiUrl: apiUrl,
        retryConfig: retry,
        timeout: timeoutMs,
        logger: createSlackSdkLogger(logger, 'slack-web-api'),
        // Methods are ours, never a URL taken from a payload.
        allowAbsoluteUrls: false,
      })
    : undefined;

  return {
    async call(method, params) {
      if (!client) {
        logger.warn('slack web api call skipped: SLACK_BOT_TOKEN is not set', { method });
        return { ok: false, error: 'not_configured' };
      }
      try {
        const data = await client.apiCall(method, params);
        return { ok: true, data: data as unknown as Record<string, unknown> };
      } catch (error) {
        const reason = describeError(error);
        logger.error('slack web api call failed', { method, error: reason });
        return { ok: false, error: reason };
      }
    },
  };
}

/** Slack's own error code (`invalid_auth`) where there is one, else the kind of failure. */
function describeError(error: unknown): string {
  const coded = error as { code?: string; data?: { error?: string }; message?: string };
  if (coded.code === ErrorCode.PlatformError) return coded.data?.error ?? 'platform_error';
  if (coded.code === ErrorCode.RateLimitedError) return 'rate_limited';
  if (coded.code === ErrorCode.HTTPError) return 'http_error';
  if (coded.code === ErrorCode.RequestError) return 'request_error';
  if (/rate limit/i.test(coded.message ?? '')) return 'rate_limited';
  return String(coded.message ?? error);
}
