/**
 * The same conversations over both Slack doors, HTTP (Events API, signed
 * requests) and Socket Mode (envelopes on a WebSocket): mentions, DMs and
 * thread follow-ups get exactly one threaded reply; redeliveries, replays
 * and restarts do not produce a second one; `/ask` and the feedback buttons
 * work; a response_url outside Slack is refused.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedbackRecordSchema } from '../../src/slack/feedback-store.js';
import { startFakeSlack, type FakeSlack, type FakeSlackMessage } from './fake-slack-server.js';
import { askCommand, BOT_USER_ID, CITED_RESPONSE, eventEnvelope } from './slack-test-kit.js';
import { createSlackHarness, type DoorName, type HarnessOptions } from './slack-door-harness.js';

const THREAD_TS = '1700000000.000100';

const mention = (eventId: string, extra: Record<string, unknown> = {}) =>
  eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'U1',
    text: `<@${BOT_USER_ID}> What did the central bank do?`,
    ts: THREAD_TS,
    channel: 'C1',
    ...extra,
  });

const followUp = (eventId: string, extra: Record<string, unknown> = {}) =>
  eventEnvelope(eventId, {
    type: 'message',
    channel_type: 'channel',
    user: 'U1',
    text: 'And the markets?',
    ts: '1700000005.000100',
    thread_ts: THREAD_TS,
    channel: 'C1',
    ...extra,
  });

function feedbackClick(actionId: string, value: string, responseUrl: string, triggerId = 't-1') {
  return {
    type: 'block_actions',
    user: { id: 'U7', name: 'grace' },
    channel: { id: 'C1' },
    message: { ts: '1700000100.000001', text: 'The bank raised rates [1].' },
    response_url: responseUrl,
    trigger_id: triggerId,
    actions: [{ action_id: actionId, block_id: 'feedback', value, type: 'button' }],
  };
}

describe.each<DoorName>(['HTTP', 'Socket Mode'])('Slack conversations over %s', (door) => {
  let fake: FakeSlack;
  let folder: string;
  const closers: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'slack-conversations-'));
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await fake.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function setup(
    options: HarnessOptions & { threads?: Record<string, FakeSlackMessage[]> } = {},
  ) {
    const { threads, ...harnessOptions } = options;
    fake = await startFakeSlack({ threads });
    const harness = await createSlackHarness(door, fake, harnessOptions);
    closers.push(harness.close);
    return harness;
  }

  it('replies to a mention with exactly one threaded message carrying the sources', async () => {
    const slack = await setup();
    const ack = await slack.sendEvent(mention('Ev1'));
    await slack.idle();

    expect(ack).toEqual({ status: 200, body: null });
    expect(slack.askCalls).toEqual([
      { messages: [{ role: 'user', content: 'What did the central bank do?' }] },
    ]);
    expect(fake.posts).toHaveLength(1);
    const post = fake.posts[0]!;
    expect(post).toMatchObject({ channel: 'C1', thread_ts: THREAD_TS });
    const blocks = JSON.stringify(post.blocks);
    expect(blocks).toContain('The bank raised rates by 0.25 points [1].');
    expect(blocks).toContain('*[1]* Central bank raises rates · 2024-03-01 · Daily Ledger');
    expect(blocks).toContain('feedback_up');
  });

  it('answers an event once when Slack redelivers it', async () => {
    const slack = await setup();
    await slack.sendEvent(mention('Ev2'));
    await slack.sendEvent(mention('Ev2'), { retryNum: 1 });
    await slack.sendEvent(mention('Ev2'), { retryNum: 2 });
    await slack.idle();
    expect(slack.askCalls).toHaveLength(1);
    expect(fake.posts).toHaveLength(1);
  });

  it('answers an event once when the server restarts between the delivery and the retry', async () => {
    const slack = await setup({ statePath: join(folder, 'slack-state.db') });
    await slack.sendEvent(mention('Ev3'));
    await slack.restart();
    await slack.sendEvent(mention('Ev3'), { retryNum: 1 });
    await slack.idle();
    expect(fake.posts).toHaveLength(1);
  });

  it('answers a mention in a thread once although it arrives as app_mention and as message', async () => {
    const slack = await setup();
    const inThread = { ts: '1700000002.000100', thread_ts: THREAD_TS };
    await slack.sendEvent(mention('Ev4a', inThread));
    await slack.sendEvent(
      eventEnvelope('Ev4b', {
        type: 'message',
        channel_type: 'channel',
        user: 'U1',
        text: `<@${BOT_USER_ID}> What did the central bank do?`,
        channel: 'C1',
        ...inThread,
      }),
    );
    await slack.idle();
    expect(fake.posts).toHaveLength(1);
  });

  it('uses the earlier messages of the thread as the conversation for a follow-up', async () => {
    const slack = await setup({
      threads: {
        [THREAD_TS]: [
          { ts: THREAD_TS, user: 'U1', text: `<@${BOT_USER_ID}> What did the central bank do?` },
          {
            ts: '1700000001.000100',
            user: BOT_USER_ID,
            bot_id: 'B1',
            text: 'It raised rates [1].',
          },
          { ts: '1700000001.500000', bot_id: 'BOTHER', text: 'Some other bot chatter' },
          { ts: '1700000002.000100', user: 'U1', text: `<@${BOT_USER_ID}> And the markets?` },
        ],
      },
    });
    await slack.sendEvent(
      mention('Ev5', {
        text: `<@${BOT_USER_ID}> And the markets?`,
        ts: '1700000002.000100',
        thread_ts: THREAD_TS,
      }),
    );
    await slack.idle();

    expect(fake.repliesRequests[0]?.get('ts')).toBe(THREAD_TS);
    expect(slack.askCalls[0]?.messages).toEqual([
      { role: 'user', content: 'What did the central bank do?' },
      { role: 'assistant', content: 'It raised rates [1].' },
      { role: 'user', content: 'And the markets?' },
    ]);
    expect(fake.posts[0]).toMatchObject({ channel: 'C1', thread_ts: THREAD_TS });
  });

  it('answers follow-ups without a mention in threads it replied in, also after a restart', async () => {
    const slack = await setup({ statePath: join(folder, 'slack-state.db') });
    await slack.sendEvent(mention('Ev6'));
    await slack.idle();
    await slack.restart();
    await slack.sendEvent(followUp('Ev7'));
    await slack.sendEvent(
      followUp('Ev8', { ts: '1700000006.000100', thread_ts: '1699999999.000100' }),
    );
    await slack.idle();

    expect(slack.askCalls).toHaveLength(2);
    expect(fake.posts.map((post) => post.thread_ts)).toEqual([THREAD_TS, THREAD_TS]);
  });

  it('answers a direct message in a thread under it', async () => {
    const slack = await setup();
    await slack.sendEvent(
      eventEnvelope('Ev9', {
        type: 'message',
        channel_type: 'im',
        user: 'U1',
        text: 'rates?',
        ts: '1700000010.000100',
        channel: 'D1',
      }),
    );
    await slack.idle();
    expect(fake.posts).toEqual([
      expect.objectContaining({ channel: 'D1', thread_ts: '1700000010.000100' }),
    ]);
  });

  it('ignores its own messages, other bots, edits and channel chatter', async () => {
    const slack = await setup();
    const base = { type: 'message', channel_type: 'im', text: 'rates?', channel: 'D1' };
    const ignored = [
      { ...base, user: BOT_USER_ID, bot_id: 'B1', ts: '1.1' },
      { ...base, subtype: 'bot_message', bot_id: 'B2', ts: '1.2' },
      { ...base, user: 'U2', bot_id: 'B3', ts: '1.3' },
      { ...base, subtype: 'message_changed', ts: '1.4', message: { user: 'U1', text: 'rates??' } },
      { ...base, channel_type: 'channel', channel: 'C1', user: 'U1', ts: '1.5' },
    ];
    for (const [index, event] of ignored.entries()) {
      expect((await slack.sendEvent(eventEnvelope(`EvIgnored${index}`, event))).status).toBe(200);
    }
    await slack.idle();
    expect(slack.askCalls).toHaveLength(0);
    expect(fake.posts).toHaveLength(0);
  });

  it('shows a refusal with its reason', async () => {
    const refusal = {
      answer: "I couldn't find that in the documents. The articles say nothing about Zahedan.",
      refused: true,
      citations: [],
    };
    const slack = await setup({ assistant: { ask: async () => refusal } });
    await slack.sendEvent(mention('Ev10'));
    await slack.idle();
    expect(fake.posts).toEqual([expect.objectContaining({ text: refusal.answer })]);
    expect(JSON.stringify(fake.posts[0]?.blocks ?? null)).not.toContain('feedback_up');
  });

  it('apologises in the thread when the assistant fails', async () => {
    const slack = await setup({
      assistant: { ask: async () => Promise.reject(new Error('model down')) },
    });
    await slack.sendEvent(mention('Ev11'));
    await slack.idle();
    expect(String(fake.posts[0]?.text)).toContain('something went wrong');
  });

  it('answers a bare mention with an example question drawn from the document titles', async () => {
    const slack = await setup();
    await slack.sendEvent(mention('Ev12', { text: `<@${BOT_USER_ID}>` }));
    await slack.idle();
    expect(slack.askCalls).toHaveLength(0);
    expect(String(fake.posts[0]?.text)).toContain(
      'What do the articles say about Central bank raises rates?',
    );
  });

  it('acknowledges /ask at once, then posts the cited answer to its response_url', async () => {
    const slack = await setup();
    const ack = await slack.sendCommand(
      askCommand('What did the bank do?', { response_url: fake.responseUrl('commands/1') }),
    );
    expect(ack).toEqual({
      status: 200,
      body: { response_type: 'ephemeral', text: 'Looking… :mag:' },
    });
    await slack.idle();

    expect(slack.askCalls).toEqual([
      { messages: [{ role: 'user', content: 'What did the bank do?' }] },
    ]);
    expect(fake.hookPosts).toHaveLength(1);
    expect(fake.hookPosts[0]).toMatchObject({
      path: '/hooks/commands/1',
      body: { response_type: 'in_channel', replace_original: false },
    });
    const blocks = JSON.stringify(fake.hookPosts[0]?.body.blocks);
    expect(blocks).toContain('<@U1> asked: _What did the bank do?_');
    expect(blocks).toContain('*[1]* Central bank raises rates');
  });

  it('answers an empty /ask with usage drawn from the titles and asks nothing', async () => {
    const slack = await setup();
    const ack = await slack.sendCommand(
      askCommand('  ', { response_url: fake.responseUrl('commands/2') }),
    );
    await slack.idle();
    const body = ack.body as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('`/ask What do the articles say about Central bank raises rates?`');
    expect(slack.askCalls).toHaveLength(0);
  });

  it('answers a replayed /ask once', async () => {
    const slack = await setup();
    const command = askCommand('What did the bank do?', {
      response_url: fake.responseUrl('commands/3'),
    });
    await slack.sendCommand(command);
    const replay = await slack.sendCommand(command);
    await slack.idle();

    expect(replay).toEqual({ status: 200, body: null });
    expect(slack.askCalls).toHaveLength(1);
    expect(fake.hookPosts).toHaveLength(1);
  });

  it('refuses a /ask whose response_url is not on a Slack host', async () => {
    const slack = await setup();
    const ack = await slack.sendCommand(
      askCommand('What did the bank do?', { response_url: 'https://attacker.example/steal' }),
    );
    await slack.idle();

    if (door === 'HTTP') {
      expect(ack.status).toBe(400);
      expect(ack.body).toMatchObject({ error: { code: 'invalid_response_url' } });
    }
    expect(slack.askCalls).toHaveLength(0);
    expect(fake.hookPosts).toHaveLength(0);
    expect(
      slack.logLines.some((line) => /response_url is not on a Slack host/.test(line.message)),
    ).toBe(true);
  });

  it('records one bounded feedback line per click and ignores a replayed click', async () => {
    const feedbackFile = join(folder, 'nested', 'feedback.jsonl');
    const slack = await setup({ feedbackFile });
    await slack.sendEvent(mention('Ev13'));
    await slack.idle();
    const actions = (
      fake.posts[0]?.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((block) => block.type === 'actions');
    const down = actions?.elements?.find((element) => element.action_id === 'feedback_down');
    expect(down).toBeDefined();

    const click = feedbackClick('feedback_down', down!.value, fake.responseUrl('actions/1'));
    await slack.sendInteraction(click);
    await slack.sendInteraction(click);
    await slack.idle();

    const lines = (await readFile(feedbackFile, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = feedbackRecordSchema.parse(JSON.parse(lines[0]!));
    expect(record).toMatchObject({
      verdict: 'down',
      user: 'U7',
      channel: 'C1',
      question: 'What did the central bank do?',
      answer: CITED_RESPONSE.answer,
      at: '2023-11-14T22:13:20.000Z',
    });
    expect(record.citations).toEqual(CITED_RESPONSE.citations);
    expect(fake.hookPosts).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({
          response_type: 'ephemeral',
          text: 'Thanks for the feedback!',
        }),
      }),
    ]);
  });

  it('records the answer in a feedback line after a restart', async () => {
    const feedbackFile = join(folder, 'feedback.jsonl');
    const slack = await setup({ feedbackFile, statePath: join(folder, 'slack-state.db') });
    await slack.sendEvent(mention('Ev14'));
    await slack.idle();
    const blocks = JSON.stringify(fake.posts[0]?.blocks);
    const value = (JSON.parse(blocks) as { type: string; elements?: { value: string }[] }[]).find(
      (block) => block.type === 'actions',
    )?.elements?.[0]?.value;
    await slack.restart();
    await slack.sendInteraction(
      feedbackClick('feedback_up', value!, fake.responseUrl('actions/2')),
    );
    await slack.idle();
    const record = JSON.parse(await readFile(feedbackFile, 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ verdict: 'up', answer: CITED_RESPONSE.answer });
    expect(record.citations).toEqual(CITED_RESPONSE.citations);
  });
});
