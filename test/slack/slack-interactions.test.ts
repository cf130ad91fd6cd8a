/**
 * The 👍/👎 buttons: a click appends one JSON line (question, answer,
 * citations, user, verdict) to the feedback file, creating its folder.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feedbackRecordSchema } from '../../src/slack/feedback-store.js';
import {
  CITED_RESPONSE,
  createFakeSlackApi,
  createTestSlackApp,
  eventEnvelope,
  sendSigned,
} from './slack-test-kit.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'slack-feedback-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const RESPONSE_URL = 'https://hooks.slack.test/actions/T1/1/xyz';

function clickForm(actionId: string, value: string): string {
  const payload = {
    type: 'block_actions',
    user: { id: 'U7', name: 'grace' },
    channel: { id: 'C1' },
    message: { ts: '1700000100.000001', text: 'The bank raised rates [1].' },
    response_url: RESPONSE_URL,
    actions: [{ action_id: actionId, block_id: 'feedback', value, type: 'button' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('POST /slack/interactions', () => {
  it('appends a feedback line with question, answer, citations, user and verdict', async () => {
    const fakeSlack = createFakeSlackApi();
    const thanks: unknown[] = [];
    server.use(
      ...fakeSlack.handlers,
      http.post(RESPONSE_URL, async ({ request }) => {
        thanks.push(await request.json());
        return HttpResponse.text('ok');
      }),
    );
    const feedbackFile = join(folder, 'nested', 'feedback.jsonl');
    const { app, idle } = createTestSlackApp({ feedbackFile });

    await sendSigned(app, '/events', {
      body: eventEnvelope('Ev1', {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> rates?',
        ts: '1.1',
        channel: 'C1',
      }),
    });
    await idle();
    const blocks = fakeSlack.posts[0]?.blocks as {
      type: string;
      elements?: { action_id: string; value: string }[];
    }[];
    const down = blocks
      .find((block) => block.type === 'actions')
      ?.elements?.find((e) => e.action_id === 'feedback_down');
    expect(down).toBeDefined();

    const response = await sendSigned(app, '/interactions', {
      body: clickForm('feedback_down', down!.value),
      contentType: 'application/x-www-form-urlencoded',
    });
    await idle();

    expect(response.status).toBe(200);
    const lines = (await readFile(feedbackFile, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = feedbackRecordSchema.parse(JSON.parse(lines[0]!));
    expect(record).toMatchObject({
      verdict: 'down',
      user: 'U7',
      channel: 'C1',
      messageTs: '1700000100.000001',
      question: 'rates?',
      answer: CITED_RESPONSE.answer,
      at: '2023-11-14T22:13:20.000Z',
    });
    expect(record.citations).toEqual(CITED_RESPONSE.citations);
    expect(thanks).toEqual([
      expect.objectContaining({ response_type: 'ephemeral', text: 'Thanks for the feedback!' }),
    ]);
  });

  it('still records the question and answer shown when the answer is no longer in memory', async () => {
    server.use(http.post(RESPONSE_URL, () => HttpResponse.text('ok')));
    const feedbackFile = join(folder, 'feedback.jsonl');
    const { app, idle } = createTestSlackApp({ feedbackFile });
    await sendSigned(app, '/interactions', {
      body: clickForm('feedback_up', JSON.stringify({ id: 'forgotten', q: 'what about rates?' })),
      contentType: 'application/x-www-form-urlencoded',
    });
    await idle();
    const record = JSON.parse(await readFile(feedbackFile, 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({
      verdict: 'up',
      question: 'what about rates?',
      answer: 'The bank raised rates [1].',
    });
  });

  it('rejects an interaction without a payload with 400', async () => {
    const { app } = createTestSlackApp({ feedbackFile: join(folder, 'feedback.jsonl') });
    const response = await sendSigned(app, '/interactions', {
      body: 'nothing=here',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(400);
  });
});
