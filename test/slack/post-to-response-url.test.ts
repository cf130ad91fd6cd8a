/**
 * The response_url poster: only Slack's hosts (or the configured ones) are
 * posted to; a 429 waits its Retry-After, a 5xx backs off, both bounded.
 */
import { describe, expect, it } from 'vitest';
import {
  createResponseUrlPoster,
  isAllowedResponseUrl,
  SLACK_RESPONSE_URL_ORIGINS,
} from '../../src/slack/post-to-response-url.js';
import { createRecordingLogger } from './slack-test-kit.js';

function recordingFetch(responses: (() => Response)[]) {
  const urls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    urls.push(String(input));
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  }) as typeof globalThis.fetch;
  return { fetch, urls };
}

describe('posting to a response_url', () => {
  it("accepts Slack's hooks hosts over https and nothing else", () => {
    const allowed = (url: string) => isAllowedResponseUrl(url, SLACK_RESPONSE_URL_ORIGINS);
    expect(allowed('https://hooks.slack.com/commands/T1/1/abc')).toBe(true);
    expect(allowed('https://hooks.slack-gov.com/actions/T1/1/abc')).toBe(true);
    expect(allowed('http://hooks.slack.com/commands/T1/1/abc')).toBe(false);
    expect(allowed('https://hooks.slack.com.attacker.example/x')).toBe(false);
    expect(allowed('https://attacker.example/hooks.slack.com')).toBe(false);
    expect(allowed('https://hooks.slack.com:8443/x')).toBe(false);
    expect(allowed('not a url')).toBe(false);
  });

  it('refuses a response_url on another host without sending anything', async () => {
    const { fetch, urls } = recordingFetch([() => new Response('ok')]);
    const { logger, lines } = createRecordingLogger();
    const post = createResponseUrlPoster({ logger, fetch });

    expect(await post('https://attacker.example/steal', { text: 'secret answer' })).toBe(false);
    expect(urls).toEqual([]);
    expect(lines[0]).toMatchObject({ level: 'warn', fields: { host: 'attacker.example' } });
  });

  it('retries after the Retry-After of a 429, then delivers', async () => {
    const { fetch, urls } = recordingFetch([
      () => new Response('rate_limited', { status: 429, headers: { 'retry-after': '3' } }),
      () => new Response('ok'),
    ]);
    const sleeps: number[] = [];
    const post = createResponseUrlPoster({
      logger: createRecordingLogger().logger,
      fetch,
      sleep: async (milliseconds) => {
        sleeps.push(milliseconds);
      },
    });

    expect(await post('https://hooks.slack.com/commands/T1/1/abc', { text: 'hi' })).toBe(true);
    expect(urls).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it('gives up after a bounded number of 5xx answers', async () => {
    const { fetch, urls } = recordingFetch(
      Array.from({ length: 10 }, () => () => new Response('down', { status: 503 })),
    );
    const sleeps: number[] = [];
    const { logger, lines } = createRecordingLogger();
    const post = createResponseUrlPoster({
      logger,
      fetch,
      maxRetries: 2,
      sleep: async (milliseconds) => {
        sleeps.push(milliseconds);
      },
    });

    expect(await post('https://hooks.slack.com/commands/T1/1/abc', { text: 'hi' })).toBe(false);
    expect(urls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
    expect(lines.at(-1)).toMatchObject({ level: 'error' });
  });
});
