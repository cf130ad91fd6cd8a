/**
 * Every Slack route checks the request signature on the raw body before
 * parsing anything, and answers 503 when Slack is not configured.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeSlackSignature } from '../../src/slack/verify-slack-signature.js';
import { startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import {
  createTestSlackApp,
  eventEnvelope,
  NOW_MS,
  NOW_SECONDS,
  sendSigned,
  SIGNING_SECRET,
} from './slack-test-kit.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

const verification = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'c-123' });
const mention = JSON.stringify(
  eventEnvelope('Ev1', {
    type: 'app_mention',
    user: 'U1',
    text: '<@UBOT> rates?',
    ts: '1.1',
    channel: 'C1',
  }),
);

describe('Slack request signatures', () => {
  it('accepts a correctly signed request', async () => {
    const { app } = createTestSlackApp();
    const response = await sendSigned(app, '/events', { body: verification });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c-123' });
  });

  it('rejects a request signed with another secret and answers nothing', async () => {
    const { app, idle, askCalls } = createTestSlackApp({ fake });
    const response = await sendSigned(app, '/events', { body: mention, secret: 'not-the-secret' });
    await idle();
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'slack_invalid_signature' } });
    expect(askCalls).toHaveLength(0);
    expect(fake.posts).toHaveLength(0);
  });

  it('rejects a body changed after signing', async () => {
    const { app } = createTestSlackApp();
    const response = await app.request('/events', {
      method: 'POST',
      body: verification.replace('c-123', 'c-999'),
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': NOW_SECONDS,
        'x-slack-signature': `v0=${computeSlackSignature({ signingSecret: SIGNING_SECRET, timestamp: NOW_SECONDS, rawBody: verification })}`,
      },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'slack_invalid_signature' } });
  });

  it('rejects a timestamp more than five minutes old', async () => {
    const { app } = createTestSlackApp();
    const response = await sendSigned(app, '/events', {
      body: verification,
      timestamp: String(NOW_MS / 1000 - 301),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'slack_stale_timestamp' } });
  });

  it('rejects a timestamp more than five minutes in the future', async () => {
    const { app } = createTestSlackApp();
    const response = await sendSigned(app, '/events', {
      body: verification,
      timestamp: String(NOW_MS / 1000 + 301),
    });
    expect(response.status).toBe(401);
  });

  it('accepts a timestamp a little off, within the five-minute window', async () => {
    const { app } = createTestSlackApp();
    const response = await sendSigned(app, '/events', {
      body: verification,
      timestamp: String(NOW_MS / 1000 - 290),
    });
    expect(response.status).toBe(200);
  });

  it('rejects requests without the Slack signature headers', async () => {
    const { app } = createTestSlackApp();
    for (const path of ['/events', '/commands', '/interactions']) {
      const response = await app.request(path, { method: 'POST', body: verification });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'slack_missing_headers' } });
    }
  });

  it('answers 503 with a clear message on every route when no signing secret is configured', async () => {
    const { app } = createTestSlackApp({ signingSecret: undefined });
    for (const path of ['/events', '/commands', '/interactions', '/anything']) {
      const response = await sendSigned(app, path, { body: verification });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('slack_not_configured');
      expect(body.error.message).toContain('SLACK_SIGNING_SECRET');
    }
  });
});
