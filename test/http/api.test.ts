import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/chat-types.js';
import type { Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createSeedDeps, seedConfig } from '../helpers/seed-deps.js';
import { createSlackDeps } from '../../src/slack/create-slack-deps.js';
import { createMemorySlackStateStore } from '../../src/slack/state/create-memory-slack-state-store.js';
import { SIGNING_SECRET, sendSigned } from '../slack/slack-test-kit.js';

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});

/** The real app with an assistant that records whether it was reached. */
function appWithSpy() {
  const calls: unknown[] = [];
  const assistant: Assistant = {
    ask: async (options) => {
      calls.push(options);
      return deps.assistant.ask(options);
    },
  };
  return { app: createApp({ ...appDepsFrom(deps), assistant }), calls };
}

const post = (app: ReturnType<typeof createApp>, body: string, type = 'application/json') =>
  app.request('/api/chat', { method: 'POST', headers: { 'content-type': type }, body });

const user = (content: string) => ({ role: 'user', content });

describe('POST /api/chat', () => {
  it('answers with [n] markers that match its citations', async () => {
    const { app } = appWithSpy();
    const response = await post(
      app,
      JSON.stringify({ messages: [user('What rank are the liaison officers?')] }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.refused).toBe(false);
    expect(body.answer).toMatch(/\[1\]/);
    expect(body.citations[0]).toMatchObject({
      n: 1,
      title: expect.any(String),
      chunkId: expect.any(String),
    });
    expect(
      body.citations.some((citation: { quote: string }) => /colonel/i.test(citation.quote)),
    ).toBe(true);
  });

  it('honours topK', async () => {
    const { app, calls } = appWithSpy();
    await post(app, JSON.stringify({ messages: [user('Who is Vahidi?')], topK: 2 }));
    expect(calls[0]).toMatchObject({ topK: 2 });
  });

  it.each([
    ['an empty question', { messages: [user('')] }, /question is empty/],
    ['a whitespace question', { messages: [user('   \n ')] }, /question is empty/],
    ['a question over 2,000 characters', { messages: [user('a'.repeat(2001))] }, /at most 2000/],
    [
      'more than 50 messages',
      { messages: Array.from({ length: 51 }, () => user('hi')) },
      /at most 50/,
    ],
    ['a wrong role', { messages: [{ role: 'system', content: 'hi' }] }, /role/],
    [
      'an assistant message last',
      { messages: [user('hi'), { role: 'assistant', content: 'yo' }] },
      /last message/,
    ],
    ['no messages', { messages: [] }, /at least/],
    ['a missing messages field', { question: 'hi' }, /messages/],
    ['a non-integer topK', { messages: [user('hi')], topK: 2.5 }, /topK/],
  ])('rejects %s with a 400 and never reaches the assistant', async (_name, body, message) => {
    const { app, calls } = appWithSpy();
    const response = await post(app, JSON.stringify(body));
    expect(response.status).toBe(400);
    const error = (await response.json()).error;
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(message);
    expect(calls).toHaveLength(0);
  });

  it('rejects malformed JSON with a 400', async () => {
    const { app, calls } = appWithSpy();
    const response = await post(app, '{"messages": [');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/JSON/);
    expect(calls).toHaveLength(0);
  });

  it('rejects a body that is not JSON with a 415', async () => {
    const { app, calls } = appWithSpy();
    const response = await post(app, 'question=hi', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
    expect(calls).toHaveLength(0);
  });

  it('rejects a body over 64 KB with a 413', async () => {
    const { app, calls } = appWithSpy();
    const huge = JSON.stringify({ messages: [user('hi')], padding: 'x'.repeat(70_000) });
    const response = await post(app, huge);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
    expect(calls).toHaveLength(0);
  });
});

describe('documents and health', () => {
  it('lists the indexed documents with their chunk counts', async () => {
    const { app } = appWithSpy();
    const body = await (await app.request('/api/documents')).json();
    expect(body.documents).toHaveLength(5);
    expect(body.documents[1]).toMatchObject({
      docId: '001_107dfff3603230d6',
      source: 'Dawn',
      date: '2022-02-15',
    });
    expect(body.documents.every((document: { chunks: number }) => document.chunks > 0)).toBe(true);
  });

  it('returns a document with the full file text a citation points into', async () => {
    const { app } = appWithSpy();
    const body = await (await app.request('/api/documents/004_d8be782e761c7253')).json();
    expect(body.text).toBe(deps.lookup('004_d8be782e761c7253')!.fileText);
  });

  it('answers 404 JSON for an unknown document and an unknown route', async () => {
    const { app } = appWithSpy();
    const missing = await app.request('/api/documents/nope');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('document_not_found');
    const route = await app.request('/api/nothing');
    expect(route.status).toBe(404);
    expect((await route.json()).error.code).toBe('not_found');
  });

  it('reports health with document, chunk and embedder facts', async () => {
    const { app } = appWithSpy();
    const body = await (await app.request('/healthz')).json();
    expect(body).toEqual({
      status: 'ok',
      documents: 5,
      chunks: deps.index.chunks.length,
      embedder: 'word-vectors-sif',
    });
  });
});

describe('the Slack door on the main app', () => {
  it('answers 503 with a clear message when SLACK_SIGNING_SECRET is not set', async () => {
    const app = createApp({ ...appDepsFrom(deps), slack: {} });
    const response = await app.request('/slack/events', { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toMatch(/SLACK_SIGNING_SECRET/);
  });

  it('verifies Slack requests with the configured secret', async () => {
    const config = seedConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET });
    const slack = createSlackDeps({
      assistant: deps.assistant,
      logger: deps.logger,
      state: createMemorySlackStateStore(),
    });
    const app = createApp(appDepsFrom({ ...deps, config }, { slack }));
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc' });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await sendSigned(app, '/slack/events', { body, timestamp });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('abc');
    const forged = await app.request('/slack/events', {
      method: 'POST',
      body,
      headers: { 'x-slack-request-timestamp': '1', 'x-slack-signature': 'v0=00' },
    });
    expect(forged.status).toBe(401);
  });
});
