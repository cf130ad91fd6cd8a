/**
 * The Slack door over the real assistant and seed index: a mention in a
 * channel gets one threaded reply whose sources quote the seed articles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeedDeps } from '../helpers/seed-deps.js';
import { startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import { BOT_USER_ID, createTestSlackApp, eventEnvelope, sendSigned } from './slack-test-kit.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

describe('Slack over the seed articles', () => {
  it('answers a mention from the documents with cited sources in the thread', async () => {
    const deps = await createSeedDeps();
    const { app, idle } = createTestSlackApp({ fake, assistant: deps.assistant });

    await sendSigned(app, '/events', {
      body: JSON.stringify(
        eventEnvelope('EvSeed', {
          type: 'app_mention',
          user: 'U1',
          text: `<@${BOT_USER_ID}> What rank are the liaison officers?`,
          ts: '1700000000.000100',
          channel: 'C1',
        }),
      ),
    });
    await idle();

    expect(fake.posts).toHaveLength(1);
    const post = fake.posts[0]!;
    expect(post.thread_ts).toBe('1700000000.000100');
    expect(String(post.text)).toMatch(/colonel/i);
    const blocks = JSON.stringify(post.blocks);
    expect(blocks).toContain('*Sources*');
    expect(blocks).toMatch(/\*\[1\]\* /);
  });

  it('says why it refuses, as the web page does', async () => {
    const deps = await createSeedDeps();
    const { app, idle } = createTestSlackApp({ fake, assistant: deps.assistant });
    await sendSigned(app, '/events', {
      body: JSON.stringify(
        eventEnvelope('EvRefused', {
          type: 'app_mention',
          user: 'U1',
          text: `<@${BOT_USER_ID}> What is the population of Zahedan?`,
          ts: '1700000001.000100',
          channel: 'C1',
        }),
      ),
    });
    await idle();
    const text = String(fake.posts[0]?.text);
    expect(text).toMatch(/^I couldn't find that in the documents\. \S/);
  });

  it('suggests questions about the indexed titles, which the articles answer', async () => {
    const deps = await createSeedDeps();
    const { app } = createTestSlackApp({
      fake,
      assistant: deps.assistant,
      documentTitles: deps.documents.map((document) => document.title),
    });
    const usage = await sendSigned(app, '/commands', {
      body: new URLSearchParams({
        command: '/ask',
        text: '',
        user_id: 'U1',
        response_url: fake.responseUrl('commands/1'),
        trigger_id: 't-usage',
      }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    const text = ((await usage.json()) as { text: string }).text;
    const example = /for example `\/ask (.+?)`/.exec(text)?.[1];
    expect(example).toBe(
      'What do the articles say about Iran, Pakistan Weigh Plans to Step Up Border Security?',
    );
    const answer = await deps.assistant.ask({ messages: [{ role: 'user', content: example! }] });
    expect(answer.refused).toBe(false);
  });
});
