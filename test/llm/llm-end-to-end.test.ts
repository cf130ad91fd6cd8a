import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { chatResponseSchema } from '../../src/answer/chat-types.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import {
  completionsUrl,
  completionWith,
  llmBaseUrl,
  streamReply,
  type CapturedRequest,
  replyWith,
} from './support/fake-llm-server.js';
import { parseSse } from './support/parse-sse.js';
import { recordingLogger, silentLogger } from './support/recording-logger.js';

/** A model that answers with the first sentence of passage 1, cited: always verifiable. */
function firstSentenceOfPassageOne(request: CapturedRequest): string {
  const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
  const passage = /<passage n="1"[^>]*>\n([\s\S]*?)\n<\/passage>/.exec(user)?.[1] ?? '';
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(passage)?.[0] ?? passage;
  return `${sentence.trim()} [1]`;
}

const server = setupServer();
let requests: CapturedRequest[] = [];
const echoModel = http.post(completionsUrl, async ({ request }) => {
  const body = (await request.json()) as CapturedRequest;
  requests.push(body);
  return HttpResponse.json(completionWith(firstSentenceOfPassageOne(body)));
});

const question = 'What did Iran and Pakistan agree on about the border?';
let llmDeps: Deps;
let offlineDeps: Deps;
const { logger, lines } = recordingLogger();

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const indexDir = await mkdtemp(join(tmpdir(), 'sourced-llm-index-'));
  const env = { SEEDS_DIR: 'seeds', INDEX_DIR: indexDir };
  offlineDeps = await createDeps(loadConfig(env), { logger: silentLogger });
  llmDeps = await createDeps(
    loadConfig({ ...env, LLM_BASE_URL: llmBaseUrl, LLM_MODEL: 'fake-model', LLM_MAX_RETRIES: '0' }),
    {
      logger,
    },
  );
});
afterEach(() => {
  server.resetHandlers();
  requests = [];
});
afterAll(() => server.close());

function post(deps: Deps, body: object) {
  return createApp(appDepsFrom(deps)).request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the app with LLM_BASE_URL set', () => {
  it('answers /api/chat with the model text and citations quoting the seed files verbatim', async () => {
    server.use(echoModel);
    const response = chatResponseSchema.parse(
      await (await post(llmDeps, { messages: [{ role: 'user', content: question }] })).json(),
    );
    expect(requests).toHaveLength(1);
    expect(response.fallback).toBeUndefined();
    expect(response.answer).toBe(firstSentenceOfPassageOne(requests[0]!));
    expect(response.citations).toHaveLength(1);
    const [citation] = response.citations;
    const document = llmDeps.lookup(citation!.docId);
    expect(document?.fileText.slice(citation!.start, citation!.end)).toBe(citation!.quote);
  });

  it('returns the offline answer with fallback set when the model server fails', async () => {
    server.use(
      http.post(completionsUrl, () =>
        HttpResponse.json({ error: { message: 'down' } }, { status: 500 }),
      ),
    );
    const body = { messages: [{ role: 'user', content: question }] };
    const withLlm = await (await post(llmDeps, body)).json();
    const offline = await (await post(offlineDeps, body)).json();
    expect(withLlm).toEqual({ ...offline, fallback: 'llm-server-error' });
    expect(lines.filter((line) => line.includes('fell back'))).toHaveLength(1);
  });

  it('lets the model decide answerability: its "not in the documents" reply is a refusal', async () => {
    const captured: CapturedRequest[] = [];
    server.use(replyWith('NOT_IN_DOCUMENTS', captured));
    const response = await (
      await post(llmDeps, {
        messages: [{ role: 'user', content: 'Who won the 1998 football world cup final?' }],
      })
    ).json();
    expect(captured).toHaveLength(1);
    expect(response.refused).toBe(true);
    expect(response.citations).toEqual([]);
    expect(response.fallback).toBeUndefined();
  });

  it('shows a summary request the whole article it names', async () => {
    const captured: CapturedRequest[] = [];
    server.use(replyWith('NOT_IN_DOCUMENTS', captured));
    await post(llmDeps, {
      messages: [{ role: 'user', content: 'Summarize the April 30, 2024 editorial.' }],
    });
    const shown = JSON.stringify(captured[0]?.messages ?? []);
    expect(shown).toContain('liaison officers');
    expect(shown).toContain('sustenance markets');
    expect(shown.match(/<passage n=/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(shown).not.toContain('Jaish al-Adl');
  });

  it('streams model text through /api/chat and ends with the verified response', async () => {
    server.use(
      streamReply((request) => {
        const text = firstSentenceOfPassageOne(request);
        const middle = Math.floor(text.length / 2);
        return [text.slice(0, middle), text.slice(middle)];
      }),
    );
    const response = await post(llmDeps, {
      messages: [{ role: 'user', content: question }],
      stream: true,
    });
    const events = parseSse(await response.text());
    expect(events[0]?.event).toBe('citations');
    expect(events.at(-1)?.event).toBe('done');
    const done = chatResponseSchema.parse(JSON.parse(events.at(-1)!.data));
    expect(done.fallback).toBeUndefined();
    expect(done.citations).toHaveLength(1);
    const streamed = events
      .filter((event) => event.event === 'delta')
      .map((event) => JSON.parse(event.data).text);
    expect(streamed.join('')).toBe(done.answer);
  });
});
