/**
 * What only the HTTP door has: url_verification, 400s for signed bodies
 * that are not Slack payloads, and the sub-app mounted under /slack.
 */
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import {
  askCommand,
  BOT_USER_ID,
  createTestSlackApp,
  eventEnvelope,
  NOW_MS,
  sendSigned,
} from './slack-test-kit.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

const formType = 'application/x-www-form-urlencoded';

describe('the Slack HTTP door', () => {
  it('answers url_verification with the challenge', async () => {
    const { app } = createTestSlackApp({ fake });
    const response = await sendSigned(app, '/events', {
      body: JSON.stringify({ type: 'url_verification', token: 't', challenge: 'abc-challenge' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'abc-challenge' });
  });

  it('rejects signed bodies that are not Slack payloads with 400 and does nothing', async () => {
    const { app, idle, askCalls } = createTestSlackApp({ fake });
    const event = await sendSigned(app, '/events', { body: '{"hello":"world"}' });
    const command = await sendSigned(app, '/commands', {
      body: 'hello=world',
      contentType: formType,
    });
    const interaction = await sendSigned(app, '/interactions', {
      body: 'nothing=here',
      contentType: formType,
    });
    await idle();
    expect(await event.json()).toMatchObject({ error: { code: 'invalid_slack_event' } });
    expect(await command.json()).toMatchObject({ error: { code: 'invalid_slack_command' } });
    expect(await interaction.json()).toMatchObject({
      error: { code: 'invalid_slack_interaction' },
    });
    expect([event.status, command.status, interaction.status]).toEqual([400, 400, 400]);
    expect(askCalls).toHaveLength(0);
  });

  it('recognises a replayed signed command without a trigger_id by its signature', async () => {
    const { app, idle, askCalls } = createTestSlackApp({ fake });
    const { trigger_id: _dropped, ...fields } = askCommand('What did the bank do?', {
      response_url: fake.responseUrl('commands/1'),
    });
    const body = new URLSearchParams(fields).toString();
    const first = await sendSigned(app, '/commands', { body, contentType: formType });
    const replay = await sendSigned(app, '/commands', { body, contentType: formType });
    // The same command signed again a second later is a new request, not a replay.
    const again = await sendSigned(app, '/commands', {
      body,
      contentType: formType,
      timestamp: String(NOW_MS / 1000 + 1),
    });
    await idle();

    expect([first.status, replay.status, again.status]).toEqual([200, 200, 200]);
    expect(await replay.text()).toBe('');
    expect(askCalls).toHaveLength(2);
    expect(fake.hookPosts).toHaveLength(2);
  });

  it('mounted under /slack, sends one threaded reply per mention even when each is redelivered', async () => {
    const { app: slackApp, idle } = createTestSlackApp({ fake });
    const app = new Hono().route('/slack', slackApp);
    const threads = ['1700000020.000100', '1700000021.000100', '1700000022.000100'];
    for (const [index, ts] of threads.entries()) {
      for (const retryNum of ['', '1', '2']) {
        const body = eventEnvelope(`EvMany${index}`, {
          type: 'app_mention',
          user: 'U1',
          text: `<@${BOT_USER_ID}> rates?`,
          ts,
          channel: 'C1',
        });
        const response = await sendSigned(app, '/slack/events', {
          body: JSON.stringify(body),
          headers: retryNum ? { 'x-slack-retry-num': retryNum } : {},
        });
        expect(response.status).toBe(200);
      }
    }
    await idle();
    expect(fake.posts.map((post) => post.thread_ts).sort()).toEqual(threads);
  });
});
