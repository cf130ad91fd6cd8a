/**
 * Two Slack app instances (two servers behind a load balancer) on one
 * PostgreSQL database: an event Slack delivers to both is answered once, a
 * follow-up in that thread reaching the other instance is still answered,
 * and a 👍 click on either is recorded once, with the answer the other saved.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresFeedbackStore } from '../../src/slack/create-postgres-feedback-store.js';
import { createPostgresSlackStateStore } from '../../src/slack/state/create-postgres-slack-state-store.js';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';
import { startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import { createSlackHarness, type SlackHarness } from './slack-door-harness.js';
import { BOT_USER_ID, CITED_RESPONSE, eventEnvelope, NOW_MS } from './slack-test-kit.js';

const THREAD_TS = '1700000000.000100';

let postgres: TestPostgres;
let fake: FakeSlack;
const harnesses: SlackHarness[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres.close();
});
beforeEach(async () => {
  await postgres.truncate();
  fake = await startFakeSlack();
});
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
  await fake.close();
});

/** One app instance with its own connection pool, as a separate server process has. */
async function startInstance(): Promise<SlackHarness> {
  const database = await postgres.connect({ migrate: false, poolMax: 2 });
  const harness = await createSlackHarness('HTTP', fake, {
    state: createPostgresSlackStateStore({ database, now: () => NOW_MS }),
    feedback: createPostgresFeedbackStore({ database }),
  });
  harnesses.push(harness);
  return harness;
}

const mention = (eventId: string) =>
  eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'U1',
    text: `<@${BOT_USER_ID}> What did the central bank do?`,
    ts: THREAD_TS,
    channel: 'C1',
  });

describe('two Slack app instances on one PostgreSQL database', () => {
  it('answer an event delivered to both exactly once', async () => {
    await postgres.connect();
    const [first, second] = [await startInstance(), await startInstance()];
    const acks = await Promise.all([
      first.sendEvent(mention('EvShared1')),
      second.sendEvent(mention('EvShared1'), { retryNum: 1 }),
    ]);
    await Promise.all([first.idle(), second.idle()]);

    expect(acks.map((ack) => ack.status)).toEqual([200, 200]);
    expect(first.askCalls.length + second.askCalls.length).toBe(1);
    expect(fake.posts).toHaveLength(1);
    expect(fake.posts[0]).toMatchObject({ channel: 'C1', thread_ts: THREAD_TS });
  });

  it('share threads and answers: a follow-up and a click on the other instance work once', async () => {
    await postgres.connect();
    const [first, second] = [await startInstance(), await startInstance()];
    await first.sendEvent(mention('EvShared2'));
    await first.idle();
    expect(fake.posts).toHaveLength(1);

    // A reply in the thread without a mention: only a thread the bot is in is answered.
    await second.sendEvent(
      eventEnvelope('EvShared3', {
        type: 'message',
        channel_type: 'channel',
        user: 'U1',
        text: 'And the markets?',
        ts: '1700000005.000100',
        thread_ts: THREAD_TS,
        channel: 'C1',
      }),
    );
    await second.idle();
    expect(second.askCalls).toHaveLength(1);
    expect(fake.posts).toHaveLength(2);

    const actions = (
      fake.posts[0]?.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((block) => block.type === 'actions');
    const up = actions?.elements?.find((element) => element.action_id === 'feedback_up');
    const click = {
      type: 'block_actions',
      user: { id: 'U7', name: 'grace' },
      channel: { id: 'C1' },
      message: { ts: '1700000100.000001', text: 'The bank raised rates [1].' },
      response_url: fake.responseUrl('actions/1'),
      trigger_id: 't-shared',
      actions: [
        { action_id: 'feedback_up', block_id: 'feedback', value: up!.value, type: 'button' },
      ],
    };
    await Promise.all([second.sendInteraction(click), first.sendInteraction(click)]);
    await Promise.all([first.idle(), second.idle()]);

    const database = await postgres.connect({ migrate: false });
    const { rows } = await database.query<{ verdict: string; answer: string; citations: unknown }>(
      'SELECT verdict, answer, citations FROM feedback',
    );
    expect(rows).toEqual([
      { verdict: 'up', answer: CITED_RESPONSE.answer, citations: CITED_RESPONSE.citations },
    ]);
  });
});
