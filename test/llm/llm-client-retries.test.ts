/**
 * The chat client's own retries and timeouts (LangChain's AsyncCaller and the
 * OpenAI SDK), and what we add to them: the overall deadline and the caller's
 * signal, which end a call even while the client waits to retry, and the
 * longest silence between two stream pieces.
 *
 * The client backs off at least 1–2 s before a retry whatever `Retry-After`
 * says (p-retry's `minTimeout`, which ChatOpenAI does not expose), so each test
 * that retries takes a second or two; none asserts a duration.
 */
import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import type { AnswerStreamEvent } from '../../src/answer/answerer.js';
import { createChatModel } from '../../src/answer/llm/create-chat-model.js';
import { createLlmAnswerer } from '../../src/answer/llm/create-llm-answerer.js';
import { input, lookup, prompts, useFakeServer } from './support/answerer-fixture.js';
import {
  completionsUrl,
  completionWith,
  llmBaseUrl,
  recordedContent,
} from './support/fake-llm-server.js';
import { extractiveResponse, fakeExtractiveAnswerer } from './support/fake-answerers.js';
import { recordingLogger } from './support/recording-logger.js';

const server = useFakeServer();

function setup({ timeoutMs = 5_000, maxRetries = 1, totalTimeoutMs = 60_000 } = {}) {
  const { logger, lines: logLines } = recordingLogger();
  const model = createChatModel({
    baseURL: llmBaseUrl,
    model: 'gpt-4o-mini',
    timeoutMs,
    maxRetries,
  });
  const fallback = fakeExtractiveAnswerer();
  const answerer = createLlmAnswerer({ model, prompts, lookup, fallback, logger, totalTimeoutMs });
  return { answerer, fallback, logLines };
}

/** A completions handler answering request n (from 1) with `reply(n)`; counts the requests. */
function serve(reply: (n: number, request: Request) => Response | Promise<Response>) {
  const seen = { requests: 0 };
  server.use(
    http.post(completionsUrl, ({ request }) => {
      seen.requests += 1;
      return reply(seen.requests, request);
    }),
  );
  return seen;
}

const answered = () => HttpResponse.json(completionWith(recordedContent));
const rateLimited = (retryAfter?: string) =>
  HttpResponse.json(
    { error: { message: 'slow down' } },
    { status: 429, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } },
  );

/** Sends the role chunk and `first`, then nothing more, never closing the stream. */
function stallingStream(first: string) {
  const chunk = (delta: object) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-s1', object: 'chat.completion.chunk', created: 1715003215, model: 'gpt-4o-mini', choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
  const encoder = new TextEncoder();
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(chunk({ role: 'assistant', content: '' })));
      controller.enqueue(encoder.encode(chunk({ content: first })));
    },
  });
  return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
}

async function collect(events: AsyncIterable<AnswerStreamEvent>): Promise<AnswerStreamEvent[]> {
  const all: AnswerStreamEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('the chat client retries', () => {
  it('a 429 with Retry-After, then answers', async () => {
    const seen = serve((n) => (n === 1 ? rateLimited('0') : answered()));
    const response = await setup().answerer.answer(input);
    expect(response.fallback).toBeUndefined();
    expect(response.answer).toBe(recordedContent);
    expect(seen.requests).toBe(2);
  });

  it('a 500, then answers', async () => {
    const seen = serve((n) =>
      n === 1 ? HttpResponse.json({ error: { message: 'boom' } }, { status: 500 }) : answered(),
    );
    const response = await setup().answerer.answer(input);
    expect(response.fallback).toBeUndefined();
    expect(seen.requests).toBe(2);
  });

  it('a request that timed out, then answers', async () => {
    const seen = serve(async (n) => {
      if (n === 1) await delay('infinite');
      return answered();
    });
    const response = await setup({ timeoutMs: 100 }).answerer.answer(input);
    expect(response.fallback).toBeUndefined();
    expect(seen.requests).toBe(2);
  });

  it('no more than LLM_MAX_RETRIES times, then falls back as rate-limited', async () => {
    const seen = serve(() => rateLimited('0'));
    const response = await setup({ maxRetries: 1 }).answerer.answer(input);
    expect(response).toEqual({ ...extractiveResponse, fallback: 'llm-rate-limited' });
    expect(seen.requests).toBe(2);
  });
});

describe('the chat client does not retry', () => {
  it('a 400, and falls back as a client error', async () => {
    const seen = serve(() => HttpResponse.json({ error: { message: 'bad' } }, { status: 400 }));
    const { answerer, fallback } = setup({ maxRetries: 2 });
    const response = await answerer.answer(input);
    expect(response).toEqual({ ...extractiveResponse, fallback: 'llm-client-error' });
    expect(fallback.calls).toBe(1);
    expect(seen.requests).toBe(1);
  });

  it('a 429 that does not say when to come back', async () => {
    const seen = serve(() => rateLimited());
    const response = await setup({ maxRetries: 2 }).answerer.answer(input);
    expect(response.fallback).toBe('llm-rate-limited');
    expect(seen.requests).toBe(1);
  });
});

describe('timeouts and cancellation', () => {
  it('falls back with reason timeout when every request times out', async () => {
    const seen = serve(async () => {
      await delay('infinite');
      return answered();
    });
    const { answerer, logLines } = setup({ timeoutMs: 50, maxRetries: 0 });
    const response = await answerer.answer(input);
    expect(response).toEqual({ ...extractiveResponse, fallback: 'llm-timeout' });
    expect(logLines).toEqual([expect.stringContaining('timeout')]);
    expect(seen.requests).toBe(1);
  });

  // The client would wait out this Retry-After (it is under its 60 s limit) before noticing the
  // abort; the test's own timeout is far shorter, so waiting it out fails the test.
  it(
    'ends the answer at the overall deadline while the client waits to retry',
    { timeout: 10_000 },
    async () => {
      const seen = serve(() => rateLimited('30'));
      const { answerer, fallback } = setup({ maxRetries: 2, totalTimeoutMs: 200 });
      const response = await answerer.answer(input);
      expect(response).toEqual({ ...extractiveResponse, fallback: 'llm-timeout' });
      expect(fallback.calls).toBe(1);
      expect(seen.requests).toBe(1);
    },
  );

  it(
    'ends a streamed answer at the overall deadline while the client waits to retry',
    { timeout: 10_000 },
    async () => {
      const seen = serve(() => rateLimited('30'));
      const { answerer } = setup({ maxRetries: 2, totalTimeoutMs: 200 });
      const events = await collect(answerer.stream!(input));
      expect(events.at(-1)).toEqual({
        type: 'done',
        response: { ...extractiveResponse, fallback: 'llm-timeout' },
      });
      expect(seen.requests).toBe(1);
    },
  );

  it("cancels the request in flight when the client's signal aborts", async () => {
    let upstreamAborted = false;
    serve(async (_n, request) => {
      request.signal.addEventListener('abort', () => {
        upstreamAborted = true;
      });
      await delay('infinite');
      return answered();
    });
    const client = new AbortController();
    setTimeout(() => client.abort(), 50);
    const response = await setup().answerer.answer({ ...input, signal: client.signal });
    expect(upstreamAborted).toBe(true);
    expect(response.fallback).toBe('llm-aborted');
  });

  it("sends no retry once the client's signal aborted during the wait", async () => {
    const seen = serve(() => rateLimited('1'));
    const client = new AbortController();
    setTimeout(() => client.abort(), 50);
    const response = await setup({ maxRetries: 2 }).answerer.answer({
      ...input,
      signal: client.signal,
    });
    expect(response.fallback).toBe('llm-aborted');
    // Give the client's pending wait (Retry-After 1 s, its backoff under 2 s) the time to end.
    await delay(2_500);
    expect(seen.requests).toBe(1);
  });

  it(
    'ends a stream that falls silent between two pieces with reason timeout',
    { timeout: 10_000 },
    async () => {
      const seen = serve(() => stallingStream('Heavy floods in Sindh '));
      const { answerer, logLines } = setup({ timeoutMs: 100, maxRetries: 2 });
      const events = await collect(answerer.stream!(input));
      expect(events.at(-1)).toEqual({
        type: 'done',
        response: { ...extractiveResponse, fallback: 'llm-timeout' },
      });
      expect(logLines).toEqual([expect.stringContaining('mid-stream')]);
      expect(seen.requests).toBe(1);
    },
  );
});
