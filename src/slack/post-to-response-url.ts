/**
 * Posting to a `response_url` (slash commands, button clicks): Slack's way of
 * answering later without a token. Same retry rules as the Web API.
 */
import { discardBody, fetchWithRetry, type Sleep } from './fetch-with-retry.js';
import type { Logger } from '../log/logger.js';

export type PostToResponseUrl = (url: string, body: Record<string, unknown>) => Promise<boolean>;

/** Creates a poster that reports success as a boolean and logs failures. */
export function createResponseUrlPoster({
  logger,
  fetch,
  sleep,
}: {
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
}): PostToResponseUrl {
  return async function postToResponseUrl(url, body) {
    const sent = await fetchWithRetry({
      url,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      logger,
      fetch,
      sleep,
    });
    if (!sent.ok) return false;
    await discardBody(sent.response);
    if (!sent.response.ok) {
      logger.error('slack response_url rejected the message', { status: sent.response.status });
      return false;
    }
    return true;
  };
}
