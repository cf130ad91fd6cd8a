/**
 * The Events API door: mentions, DMs and thread follow-ups get exactly one
 * threaded reply with Block Kit sources; redeliveries, bots and edits get none.
 * Slack's Web API is the msw fake from the test kit.
 */
import { Hono } from 'hono';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT_USER_ID,
  createFakeSlackApi,
  createTestSlackApp,
  eventEnvelope,
  sendSigned,
} from './slack-test-kit.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const mention = (eventId: string, extra: Record<string, unknown> = {}) =>
  eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'U1',
    text: `<@${BOT_USER_ID}> What did the central bank do?`,
    ts: '1700000000.000100',
    channel: 'C1',
    ...extra,
  });

describe('POST /slack/events', () => {
  it('answers url_verification with the challenge', async () => {
    const { app } = createTestSlackApp();
    const response = await sendSigned(app, '/events', {
      body: JSON.stringify({ type: 'url_verification', token: 't', challenge: 'abc-challenge' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'abc-challenge' });
  });

  it('replies to a mention with exactly one threaded chat.postMessage carrying the sources', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle, askCalls } = createTestSlackApp();

    const response = await sendSigned(app, '/events', { body: mention('Ev1') });
    expect(response.status).toBe(200);
    await idle();

    expect(askCalls).toEqual([
      { messages: [{ role: 'user', content: 'What did the central bank do?' }] },
    ]);
    expect(fakeSlack.posts).toHaveLength(1);
    const post = fakeSlack.posts[0]!;
    expect(post).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    const blocks = JSON.stringify(post.blocks);
    expect(blocks).toContain('The bank raised rates by 0.25 points [1].');
    expect(blocks).toContain('*[1]* Central bank raises rates · 2024-03-01 · Daily Ledger');
    expect(blocks).toContain(
      'The central bank raised its main rate by 0.25 percentage points on Thursday.',
    );
    expect(blocks).toContain('feedback_up');
  });

  it('acknowledges a redelivery of the same event without answering it twice', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle, askCalls } = createTestSlackApp();

    const first = await sendSigned(app, '/events', { body: mention('Ev2') });
    const retry = await sendSigned(app, '/events', {
      body: mention('Ev2'),
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await idle();

    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(askCalls).toHaveLength(1);
    expect(fakeSlack.posts).toHaveLength(1);
  });

  it('uses the earlier messages of the thread as the conversation for a follow-up', async () => {
    const fakeSlack = createFakeSlackApi({
      threads: {
        '1700000000.000100': [
          {
            ts: '1700000000.000100',
            user: 'U1',
            text: `<@${BOT_USER_ID}> What did the central bank do?`,
          },
          {
            ts: '1700000001.000100',
            user: BOT_USER_ID,
            bot_id: 'B1',
            text: 'It raised rates by 0.25 points [1].',
          },
          { ts: '1700000001.500000', bot_id: 'BOTHER', text: 'Some other bot chatter' },
          {
            ts: '1700000002.000100',
            user: 'U1',
            text: `<@${BOT_USER_ID}> And how did markets react?`,
          },
        ],
      },
    });
    server.use(...fakeSlack.handlers);
    const { app, idle, askCalls } = createTestSlackApp();

    await sendSigned(app, '/events', {
      body: mention('Ev3', {
        text: `<@${BOT_USER_ID}> And how did markets react?`,
        ts: '1700000002.000100',
        thread_ts: '1700000000.000100',
      }),
    });
    await idle();

    expect(fakeSlack.repliesRequests[0]?.get('ts')).toBe('1700000000.000100');
    expect(askCalls[0]?.messages).toEqual([
      { role: 'user', content: 'What did the central bank do?' },
      { role: 'assistant', content: 'It raised rates by 0.25 points [1].' },
      { role: 'user', content: 'And how did markets react?' },
    ]);
    expect(fakeSlack.posts).toHaveLength(1);
    expect(fakeSlack.posts[0]).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
  });

  it('answers a follow-up without a mention in a thread it already replied in', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle, askCalls } = createTestSlackApp();

    await sendSigned(app, '/events', { body: mention('Ev4') });
    await idle();
    const followUp = {
      type: 'message',
      channel_type: 'channel',
      user: 'U1',
      text: 'And the markets?',
      ts: '1700000005.000100',
      thread_ts: '1700000000.000100',
      channel: 'C1',
    };
    await sendSigned(app, '/events', { body: eventEnvelope('Ev5', followUp) });
    await sendSigned(app, '/events', {
      body: eventEnvelope('Ev6', {
        ...followUp,
        ts: '1700000006.000100',
        thread_ts: '1699999999.000100',
      }),
    });
    await idle();

    expect(askCalls).toHaveLength(2);
    expect(fakeSlack.posts.map((post) => post.thread_ts)).toEqual([
      '1700000000.000100',
      '1700000000.000100',
    ]);
  });

  it('answers a direct message in a thread under it', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle } = createTestSlackApp();
    const dm = {
      type: 'message',
      channel_type: 'im',
      user: 'U1',
      text: 'rates?',
      ts: '1700000010.000100',
      channel: 'D1',
    };
    await sendSigned(app, '/events', { body: eventEnvelope('Ev7', dm) });
    await idle();
    expect(fakeSlack.posts).toHaveLength(1);
    expect(fakeSlack.posts[0]).toMatchObject({ channel: 'D1', thread_ts: '1700000010.000100' });
  });

  it('ignores its own messages, other bots, edits and channel chatter', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle, askCalls } = createTestSlackApp();
    const base = { type: 'message', channel_type: 'im', text: 'rates?', channel: 'D1' };
    const ignored = [
      { ...base, user: BOT_USER_ID, bot_id: 'B1', ts: '1.1' },
      { ...base, subtype: 'bot_message', bot_id: 'B2', ts: '1.2' },
      { ...base, user: 'U2', bot_id: 'B3', ts: '1.3' },
      { ...base, subtype: 'message_changed', ts: '1.4', message: { user: 'U1', text: 'rates??' } },
      { ...base, channel_type: 'channel', channel: 'C1', user: 'U1', ts: '1.5' },
    ];
    for (const [index, event] of ignored.entries()) {
      const response = await sendSigned(app, '/events', {
        body: eventEnvelope(`EvIgnored${index}`, event),
      });
      expect(response.status).toBe(200);
    }
    await idle();
    expect(askCalls).toHaveLength(0);
    expect(fakeSlack.posts).toHaveLength(0);
  });

  it('posts the plain refusal when the documents do not answer', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle } = createTestSlackApp({
      assistant: { ask: async () => ({ answer: '', refused: true, citations: [] }) },
    });
    await sendSigned(app, '/events', { body: mention('Ev8') });
    await idle();
    expect(fakeSlack.posts).toEqual([
      expect.objectContaining({
        text: "I couldn't find that in the documents.",
        thread_ts: '1700000000.000100',
      }),
    ]);
    expect(fakeSlack.posts[0]?.blocks).toBeUndefined();
  });

  it('still acknowledges and apologises in the thread when the assistant fails', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle, logLines } = createTestSlackApp({
      assistant: { ask: async () => Promise.reject(new Error('model down')) },
    });
    const response = await sendSigned(app, '/events', { body: mention('Ev9') });
    await idle();
    expect(response.status).toBe(200);
    expect(String(fakeSlack.posts[0]?.text)).toContain('something went wrong');
    expect(
      logLines.some(
        (line) => line.level === 'error' && String(line.fields?.error).includes('model down'),
      ),
    ).toBe(true);
  });

  it('mounted under /slack, sends exactly one threaded reply per mention even when each is redelivered', async () => {
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app: slackApp, idle } = createTestSlackApp();
    const app = new Hono().route('/slack', slackApp);

    const threads = ['1700000020.000100', '1700000021.000100', '1700000022.000100'];
    for (const [index, ts] of threads.entries()) {
      for (const retryNum of ['', '1', '2']) {
        const response = await sendSigned(app, '/slack/events', {
          body: mention(`EvMany${index}`, { ts }),
          headers: retryNum ? { 'x-slack-retry-num': retryNum } : {},
        });
        expect(response.status).toBe(200);
      }
    }
    await idle();

    expect(fakeSlack.posts.map((post) => post.thread_ts).sort()).toEqual(threads);
  });
});
