import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { Hono } from 'hono';
import type { Assistant } from '../../src/answer/chat-types.js';
import { chatResponseSchema } from '../../src/answer/chat-types.js';
import { createChatModel } from '../../src/answer/llm/create-chat-model.js';
import { createLlmAnswerer } from '../../src/answer/llm/create-llm-answerer.js';
import { loadPrompts } from '../../src/answer/load-prompts.js';
import { streamChat } from '../../src/http/stream-chat.js';
import { newsPassages } from './support/news-passages.js';
import { completionsUrl, llmBaseUrl, streamReply } from './support/fake-llm-server.js';
import { extractiveResponse, fakeExtractiveAnswerer } from './support/fake-answerers.js';
import { askOnlyAssistant, pipelineAssistant } from './support/fake-assistants.js';
import { parseSse } from './support/parse-sse.js';
import { silentLogger } from './support/recording-logger.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const prompts = await loadPrompts();
const { passages, lookup } = newsPassages();

function chatApp(assistant: Assistant) {
  const app = new Hono();
  app.post('/api/chat', async (c) => {
    const { messages } = await c.req.json();
    return streamChat(c, { assistant, request: { messages }, logger: silentLogger });
  });
  return app;
}

async function ask(assistant: Assistant) {
  const response = await chatApp(assistant).request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      messages: [{ role: 'user', content: 'How many died in the Sindh floods?' }],
      stream: true,
    }),
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return parseSse(await response.text());
}

function llmAssistant() {
  const model = createChatModel({ baseURL: llmBaseUrl, model: 'gpt-4o-mini', maxRetries: 0 });
  const answerer = createLlmAnswerer({
    model,
    prompts,
    lookup,
    fallback: fakeExtractiveAnswerer(),
    logger: silentLogger,
  });
  return pipelineAssistant(answerer, passages);
}

describe('POST /api/chat with stream: true', () => {
  it('streams an offline answer as citations, one delta, then done', async () => {
    const events = await ask(askOnlyAssistant());
    expect(events.map((event) => event.event)).toEqual(['citations', 'delta', 'done']);
    expect(JSON.parse(events[0]!.data).passages[0]).toMatchObject({
      docId: 'floods',
      chunkId: 'floods#0',
    });
    expect(JSON.parse(events[1]!.data)).toEqual({ text: extractiveResponse.answer });
    expect(chatResponseSchema.parse(JSON.parse(events[2]!.data))).toEqual(extractiveResponse);
  });

  it('streams verified model text sentence by sentence and ends with the full verified response', async () => {
    server.use(
      streamReply([
        'Heavy floods in Sindh ',
        'killed 12 people on Monday.',
        ' [1] Rescue teams evacuated ',
        '3,000 residents [1][9].',
      ]),
    );
    const events = await ask(llmAssistant());
    const names = events.map((event) => event.event);
    expect(names[0]).toBe('citations');
    expect(names.at(-1)).toBe('done');
    expect(names.slice(1, -1).every((name) => name === 'delta')).toBe(true);
    expect(names.length).toBeGreaterThan(3);
    const streamed = events
      .filter((event) => event.event === 'delta')
      .map((event) => JSON.parse(event.data).text)
      .join('');
    const done = chatResponseSchema.parse(JSON.parse(events.at(-1)!.data));
    expect(done.answer).toBe(
      'Heavy floods in Sindh killed 12 people on Monday. [1] Rescue teams evacuated 3,000 residents [1].',
    );
    expect(streamed).toBe(done.answer);
    expect(done.citationsDropped).toBe(1);
    expect(done.citations.map((citation) => citation.docId)).toEqual(['floods']);
  });

  it('streams the extractive answer with its fallback reason when the model fails', async () => {
    server.use(
      http.post(completionsUrl, () =>
        HttpResponse.json({ error: { message: 'down' } }, { status: 500 }),
      ),
    );
    const events = await ask(llmAssistant());
    expect(events.map((event) => event.event)).toEqual(['citations', 'delta', 'done']);
    expect(JSON.parse(events[2]!.data)).toEqual({
      ...extractiveResponse,
      fallback: 'llm-server-error',
    });
  });

  it('ends with an error event when the assistant throws mid-stream', async () => {
    const failing: Assistant = {
      ask: async () => {
        throw Object.assign(new Error('index missing'), { code: 'index_not_found' });
      },
    };
    const events = await ask(failing);
    expect(events.map((event) => event.event)).toEqual(['error']);
    expect(JSON.parse(events[0]!.data)).toEqual({
      error: { code: 'index_not_found', message: 'index missing' },
    });
  });
});
