/**
 * Calls to Slack's Web API survive Slack's bad moments: a 429 is retried
 * after its Retry-After, `invalid_auth` is logged and never crashes the server.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApiClient } from '../../src/slack/slack-api-client.js';
import {
  API_URL,
  createFakeSlackApi,
  createRecordingLogger,
  createTestSlackApp,
  eventEnvelope,
  sendSigned,
} from './slack-test-kit.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const mention = eventEnvelope('Ev1', {
  type: 'app_mention',
  user: 'U1',
  text: '<@UBOT> rates?',
  ts: '1.1',
  channel: 'C1',
});

describe('Slack Web API calls', () => {
  it('posts the reply after a 429, waiting the Retry-After Slack asked for', async () => {
    const fakeSlack = createFakeSlackApi();
    let attempts = 0;
    server.use(
      http.post(`${API_URL}chat.postMessage`, () => {
        attempts += 1;
        return attempts === 1
          ? HttpResponse.json(
              { ok: false, error: 'ratelimited' },
              { status: 429, headers: { 'Retry-After': '2' } },
            )
          : undefined;
      }),
      ...fakeSlack.handlers,
    );
    const { app, idle, sleeps } = createTestSlackApp();

    await sendSigned(app, '/events', { body: mention });
    await idle();

    expect(attempts).toBe(2);
    expect(sleeps).toEqual([2000]);
    expect(fakeSlack.posts).toHaveLength(1);
  });

  it('gives up after a bounded number of 429s and logs it', async () => {
    let attempts = 0;
    server.use(
      http.post(`${API_URL}chat.postMessage`, () => {
        attempts += 1;
        return HttpResponse.json(
          { ok: false, error: 'ratelimited' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const { logger, lines } = createRecordingLogger();
    const client = createSlackApiClient({
      botToken: 'xoxb-test',
      apiUrl: API_URL,
      logger,
      sleep: async () => {},
      maxRetries: 3,
    });

    const result = await client.call('chat.postMessage', { channel: 'C1', text: 'hi' });

    expect(result).toEqual({ ok: false, error: 'rate_limited' });
    expect(attempts).toBe(4);
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      message: 'slack request failed, giving up',
    });
  });

  it('logs invalid_auth and keeps serving instead of crashing', async () => {
    server.use(
      http.post(`${API_URL}chat.postMessage`, () =>
        HttpResponse.json({ ok: false, error: 'invalid_auth' }),
      ),
    );
    const { app, idle, logLines } = createTestSlackApp();

    const first = await sendSigned(app, '/events', { body: mention });
    await idle();
    const next = await sendSigned(app, '/events', {
      body: JSON.stringify({ type: 'url_verification', challenge: 'still-alive' }),
    });

    expect(first.status).toBe(200);
    expect(await next.json()).toEqual({ challenge: 'still-alive' });
    expect(
      logLines.some((line) => line.level === 'error' && line.fields?.error === 'invalid_auth'),
    ).toBe(true);
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    let attempts = 0;
    server.use(
      http.post(`${API_URL}auth.test`, () => {
        attempts += 1;
        return attempts < 3
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json({ ok: true, user_id: 'UBOT' });
      }),
    );
    const sleeps: number[] = [];
    const { logger } = createRecordingLogger();
    const client = createSlackApiClient({
      botToken: 'xoxb-test',
      apiUrl: API_URL,
      logger,
      sleep: async (milliseconds) => {
        sleeps.push(milliseconds);
      },
    });
    const result = await client.call('auth.test', {});
    expect(result).toEqual({ ok: true, data: { ok: true, user_id: 'UBOT' } });
    expect(sleeps).toEqual([500, 1000]);
  });

  it('skips Web API calls with a warning when no bot token is configured', async () => {
    const { logger, lines } = createRecordingLogger();
    const client = createSlackApiClient({ botToken: undefined, apiUrl: API_URL, logger });
    expect(await client.call('chat.postMessage', {})).toEqual({
      ok: false,
      error: 'not_configured',
    });
    expect(lines[0]?.level).toBe('warn');
  });
});
