/**
 * What only Socket Mode has: the connection itself. The client connects
 * with the app-level token, acknowledges envelopes within Slack's three
 * seconds, reconnects when Slack asks it to and keeps answering, and fails
 * fast when the app token is rejected.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDeps } from '../../src/slack/create-slack-deps.js';
import { createMemorySlackStateStore } from '../../src/slack/state/create-memory-slack-state-store.js';
import { startSocketMode } from '../../src/slack/start-socket-mode.js';
import { startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import {
  BOT_USER_ID,
  createFakeAssistant,
  createRecordingLogger,
  eventEnvelope,
} from './slack-test-kit.js';
import { createSlackHarness } from './slack-door-harness.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

const mention = (eventId: string, ts: string) =>
  eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'U1',
    text: `<@${BOT_USER_ID}> What did the central bank do?`,
    ts,
    channel: 'C1',
  });

describe('Slack over Socket Mode', () => {
  it('acknowledges an event at once, before the answer is posted', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { assistant } = createFakeAssistant();
    const slack = await createSlackHarness('Socket Mode', fake, {
      assistant: { ask: async (options) => slow.then(() => assistant.ask(options)) },
    });

    await slack.sendEvent(mention('Ev1', '1.1'));
    expect(fake.posts).toHaveLength(0);
    release();
    await slack.idle();
    expect(fake.posts).toHaveLength(1);
    await slack.close();
  });

  it('reconnects when Slack asks it to and keeps answering on the new connection', async () => {
    const slack = await createSlackHarness('Socket Mode', fake);
    await slack.sendEvent(mention('Ev2', '2.1'));
    expect(fake.connectionCount).toBe(1);

    fake.requestReconnect();
    await fake.waitForConnections(2);
    await slack.sendEvent(mention('Ev3', '3.1'));
    await slack.idle();

    expect(fake.apiCalls.filter((call) => call.method === 'apps.connections.open')).toHaveLength(2);
    expect(fake.posts.map((post) => post.thread_ts)).toEqual(['2.1', '3.1']);
    await slack.close();
  });

  it('fails to start with a clear error when Slack rejects the app token', async () => {
    const { logger } = createRecordingLogger();
    const deps = createSlackDeps({
      assistant: createFakeAssistant().assistant,
      logger,
      state: createMemorySlackStateStore(),
      apiUrl: fake.apiUrl,
    });
    await expect(
      startSocketMode({ appToken: 'xapp-wrong', deps, logger, apiUrl: fake.apiUrl }),
    ).rejects.toThrow(/invalid_auth/);
  });
});
