/**
 * Calls to Slack's Web API (through the SDK's WebClient) survive Slack's bad
 * moments: a 429 is retried after its Retry-After, a 5xx is retried,
 * `invalid_auth` is logged and returned as a value, never thrown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackWebApi } from '../../src/slack/create-slack-web-api.js';
import { BOT_TOKEN, startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import { createRecordingLogger, FAST_RETRY } from './slack-test-kit.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

const rateLimited = (retryAfter: string) => ({
  status: 429,
  headers: { 'retry-after': retryAfter },
  body: { ok: false, error: 'ratelimited' },
});

describe('Slack Web API calls', () => {
  it('retries a rate-limited call after the Retry-After Slack asked for', async () => {
    fake.respondNext('chat.postMessage', rateLimited('1'));
    const { logger } = createRecordingLogger();
    const api = createSlackWebApi({
      botToken: BOT_TOKEN,
      apiUrl: fake.apiUrl,
      logger,
      retry: FAST_RETRY,
    });

    const result = await api.call('chat.postMessage', { channel: 'C1', text: 'hi' });

    expect(result.ok).toBe(true);
    const attempts = fake.apiCalls.filter((call) => call.method === 'chat.postMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(fake.posts).toEqual([expect.objectContaining({ channel: 'C1', text: 'hi' })]);
  });

  it('gives up after a bounded number of rate-limited attempts and logs it', async () => {
    fake.respondNext('chat.postMessage', ...Array.from({ length: 10 }, () => rateLimited('0')));
    const { logger, lines } = createRecordingLogger();
    const api = createSlackWebApi({
      botToken: BOT_TOKEN,
      apiUrl: fake.apiUrl,
      logger,
      retry: { ...FAST_RETRY, retries: 2 },
    });

    const result = await api.call('chat.postMessage', { channel: 'C1', text: 'hi' });

    expect(result).toEqual({ ok: false, error: 'rate_limited' });
    expect(fake.apiCalls).toHaveLength(3);
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      message: 'slack web api call failed',
      fields: { method: 'chat.postMessage', error: 'rate_limited' },
    });
  });

  it('retries a 5xx and succeeds', async () => {
    const unavailable = { status: 503, body: { ok: false } };
    fake.respondNext('auth.test', unavailable, unavailable, {
      status: 200,
      body: { ok: true, user_id: 'UBOT' },
    });
    const { logger } = createRecordingLogger();
    const api = createSlackWebApi({
      botToken: BOT_TOKEN,
      apiUrl: fake.apiUrl,
      logger,
      retry: FAST_RETRY,
    });

    const result = await api.call('auth.test', {});

    expect(result).toMatchObject({ ok: true, data: { ok: true, user_id: 'UBOT' } });
    expect(fake.apiCalls).toHaveLength(3);
  });

  it('returns invalid_auth as a value and logs it', async () => {
    const { logger, lines } = createRecordingLogger();
    const api = createSlackWebApi({
      botToken: 'xoxb-wrong',
      apiUrl: fake.apiUrl,
      logger,
      retry: FAST_RETRY,
    });

    expect(await api.call('chat.postMessage', { channel: 'C1', text: 'hi' })).toEqual({
      ok: false,
      error: 'invalid_auth',
    });
    expect(fake.apiCalls).toHaveLength(1);
    expect(
      lines.some((line) => line.level === 'error' && line.fields?.error === 'invalid_auth'),
    ).toBe(true);
  });

  it('skips Web API calls with a warning when no bot token is configured', async () => {
    const { logger, lines } = createRecordingLogger();
    const api = createSlackWebApi({ botToken: undefined, apiUrl: fake.apiUrl, logger });
    expect(await api.call('chat.postMessage', {})).toEqual({ ok: false, error: 'not_configured' });
    expect(lines[0]?.level).toBe('warn');
    expect(fake.apiCalls).toHaveLength(0);
  });
});
