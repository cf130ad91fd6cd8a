/**
 * The Slack door over the real assistant and seed index: a mention in a
 * channel gets one threaded reply whose sources quote the seed articles.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSeedDeps } from '../helpers/seed-deps.js';
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

describe('Slack over the seed articles', () => {
  it('answers a mention from the documents with cited sources in the thread', async () => {
    const deps = await createSeedDeps();
    const fakeSlack = createFakeSlackApi();
    server.use(...fakeSlack.handlers);
    const { app, idle } = createTestSlackApp({ assistant: deps.assistant });

    await sendSigned(app, '/events', {
      body: eventEnvelope('EvSeed', {
        type: 'app_mention',
        user: 'U1',
        text: `<@${BOT_USER_ID}> What rank are the liaison officers?`,
        ts: '1700000000.000100',
        channel: 'C1',
      }),
    });
    await idle();

    expect(fakeSlack.posts).toHaveLength(1);
    const post = fakeSlack.posts[0]!;
    expect(post.thread_ts).toBe('1700000000.000100');
    expect(String(post.text)).toMatch(/colonel/i);
    const blocks = JSON.stringify(post.blocks);
    expect(blocks).toContain('*Sources*');
    expect(blocks).toMatch(/\*\[1\]\* /);
  });
});
