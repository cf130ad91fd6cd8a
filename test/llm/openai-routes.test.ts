import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import OpenAI from 'openai';
import type { Assistant, ChatStreamEvent } from '../../src/answer/chat-types.js';
import { createOpenAiRoutes } from '../../src/http/openai-routes.js';
import { extractiveResponse } from './support/fake-answerers.js';
import { askOnlyAssistant } from './support/fake-assistants.js';
import { silentLogger } from './support/recording-logger.js';

/** Streams the extractive response in two deltas, as an LLM-backed core would. */
const streamingAssistant: Assistant = {
  ask: async () => extractiveResponse,
  async *stream(): AsyncIterable<ChatStreamEvent> {
    yield { type: 'citations', passages: [] };
    const half = Math.floor(extractiveResponse.answer.length / 2);
    yield { type: 'delta', text: extractiveResponse.answer.slice(0, half) };
    yield { type: 'delta', text: extractiveResponse.answer.slice(half) };
    yield { type: 'done', response: extractiveResponse };
  },
};

function appWith(assistant: Assistant) {
  return new Hono().route('/v1', createOpenAiRoutes({ assistant, logger: silentLogger }));
}

const sources =
  '\n\nSources:\n[1] Floods hit Sindh (Example Times, 2024-05-06): "Heavy floods in Sindh province killed 12 people on Monday, officials said."';

describe('OpenAI-compatible endpoint with the official openai client', () => {
  let server: ServerType;
  let client: OpenAI;
  const assistant = askOnlyAssistant();

  beforeAll(async () => {
    const app = new Hono()
      .route('/', appWith(assistant))
      .route('/stream', appWith(streamingAssistant));
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
        resolve(started),
      );
    });
    const { port } = server.address() as AddressInfo;
    client = new OpenAI({
      baseURL: `http://127.0.0.1:${port}/v1`,
      apiKey: 'unused',
      maxRetries: 0,
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gets a completion whose text ends with the sources and which carries citations', async () => {
    const completion = await client.chat.completions.create({
      model: 'sourced',
      messages: [
        { role: 'system', content: 'You are a pirate.' },
        { role: 'user', content: 'How many died in the Sindh floods?' },
      ],
    });
    expect(completion.choices[0]?.message.content).toBe(extractiveResponse.answer + sources);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect((completion as unknown as { citations: unknown }).citations).toEqual(
      extractiveResponse.citations,
    );
    expect(assistant.questions.at(-1)).toBe('How many died in the Sindh floods?');
  });

  it('gets a streamed completion that adds up to the same text and ends with citations', async () => {
    const { port } = server.address() as AddressInfo;
    const streamingClient = new OpenAI({
      baseURL: `http://127.0.0.1:${port}/stream/v1`,
      apiKey: 'unused',
      maxRetries: 0,
    });
    const stream = await streamingClient.chat.completions.create({
      model: 'sourced',
      messages: [{ role: 'user', content: 'How many died in the Sindh floods?' }],
      stream: true,
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(extractiveResponse.answer + sources);
    expect(chunks.filter((chunk) => chunk.choices[0]?.delta.content).length).toBeGreaterThan(2);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect((chunks.at(-1) as unknown as { citations: unknown }).citations).toEqual(
      extractiveResponse.citations,
    );
  });

  it('lists the assistant as a model', async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['sourced']);
  });

  it('rejects a conversation that does not end with a user message, in OpenAI error format', async () => {
    const failure = await client.chat.completions
      .create({ model: 'sourced', messages: [{ role: 'assistant', content: 'Hello' }] })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.BadRequestError);
    expect((failure as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({
      type: 'invalid_request_error',
      param: 'messages',
    });
  });
});

describe('POST /v1/chat/completions input checks', () => {
  it('answers a JSON-typed body that does not parse with a 400 invalid_request_error', async () => {
    const response = await appWith(askOnlyAssistant()).request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'nope',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: 'The request body must be JSON',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    });
  });

  it('names the field that is wrong', async () => {
    const response = await appWith(askOnlyAssistant()).request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'sourced', messages: [] }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      param: 'messages',
      type: 'invalid_request_error',
    });
  });

  it('answers with a server_error body when the assistant fails', async () => {
    const failing: Assistant = { ask: async () => Promise.reject(new Error('boom')) };
    const response = await appWith(failing).request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(500);
    expect((await response.json()).error.type).toBe('server_error');
  });
});
