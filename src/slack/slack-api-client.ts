/**
 * A thin client for Slack's Web API over fetch, pointed at a configurable
 * base URL (a fake Slack in tests, https://slack.com/api/ in production).
 * Errors such as `invalid_auth` come back as values and are logged.
 */
import { z } from 'zod';
import { fetchWithRetry, type Sleep } from './fetch-with-retry.js';
import type { Logger } from '../log/logger.js';

export type SlackApiResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

export interface SlackApiClient {
  /** Calls a Web API method such as `chat.postMessage`; never throws. */
  call(method: string, params: Record<string, unknown>): Promise<SlackApiResult>;
}

export interface SlackApiClientOptions {
  /** Bot token (`xoxb-…`); without it every call fails with `not_configured`. */
  botToken: string | undefined;
  apiUrl: string;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
  maxRetries?: number;
}

const slackResponseSchema = z.looseObject({ ok: z.boolean(), error: z.string().optional() });

/** Creates a Web API client; requests are form-encoded, which every method accepts. */
export function createSlackApiClient({
  botToken,
  apiUrl,
  logger,
  fetch,
  sleep,
  maxRetries,
}: SlackApiClientOptions): SlackApiClient {
  const base = apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;

  return {
    async call(method, params) {
      if (!botToken) {
        logger.warn('slack web api call skipped: SLACK_BOT_TOKEN is not set', { method });
        return { ok: false, error: 'not_configured' };
      }
      const sent = await fetchWithRetry({
        url: new URL(method, base).toString(),
        init: {
          method: 'POST',
          headers: {
            authorization: `Bearer ${botToken}`,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          },
          body: encodeForm(params),
        },
        logger,
        fetch,
        sleep,
        maxRetries,
      });
      if (!sent.ok) return sent;
      const parsed = slackResponseSchema.safeParse(await sent.response.json().catch(() => null));
      if (!parsed.success) {
        logger.error('slack web api returned an unreadable response', {
          method,
          status: sent.response.status,
        });
        return { ok: false, error: 'invalid_response' };
      }
      if (!parsed.data.ok) {
        const error = parsed.data.error ?? 'unknown_error';
        logger.error('slack web api call failed', { method, error });
        return { ok: false, error };
      }
      return { ok: true, data: parsed.data };
    },
  };
}

function encodeForm(params: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    form.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form;
}
