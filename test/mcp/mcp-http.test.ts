import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Citation, ChatResponse } from '../../src/answer/chat-types.js';
import type { Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createSeedDeps } from '../helpers/seed-deps.js';
import { connectHttp, firstText, structured } from './mcp-test-kit.js';

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

/** The real app over the seed index; `asked` records each call that reached the assistant. */
async function connect() {
  const asked: unknown[] = [];
  const assistant = {
    ask: async (options: Parameters<Deps['assistant']['ask']>[0]) => {
      asked.push(options);
      return deps.assistant.ask(options);
    },
  };
  const app = createApp({ ...appDepsFrom(deps), assistant });
  const client = await connectHttp(app);
  clients.push(client);
  return { app, client, asked };
}

const fileText = (docId: string) => deps.documents.find((d) => d.docId === docId)!.fileText;

async function chatOverHttp(app: ReturnType<typeof createApp>, question: string) {
  const response = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
  });
  return (await response.json()) as ChatResponse;
}

describe('MCP over Streamable HTTP at /mcp', () => {
  it('lists the four tools with input and output schemas', async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'ask',
      'get_document',
      'list_documents',
      'search',
    ]);
    const ask = tools.find((tool) => tool.name === 'ask')!;
    expect(ask.inputSchema).toMatchObject({
      type: 'object',
      required: ['question'],
      properties: { question: { type: 'string', maxLength: 2000 } },
    });
    expect(ask.outputSchema).toMatchObject({
      properties: { answer: {}, refused: {}, citations: { type: 'array' } },
    });
    for (const tool of tools) {
      expect(tool.outputSchema, tool.name).toBeDefined();
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
  });

  it('answers with the same citations as /api/chat, quotes verbatim', async () => {
    const { app, client } = await connect();
    const question = 'What rank are the liaison officers?';
    const result = await client.callTool({ name: 'ask', arguments: { question } });
    const answer = structured<ChatResponse>(result);
    expect(answer).toEqual(await chatOverHttp(app, question));
    expect(answer.refused).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.some((citation) => /colonel/i.test(citation.quote))).toBe(true);
    for (const citation of answer.citations) {
      expect(fileText(citation.docId).slice(citation.start, citation.end)).toBe(citation.quote);
    }
    expect(JSON.parse(firstText(result))).toEqual(answer);
  });

  it('resolves a follow-up against the history it is given', async () => {
    const { client } = await connect();
    const first = structured<ChatResponse>(
      await client.callTool({
        name: 'ask',
        arguments: { question: 'Who is the Iranian interior minister?' },
      }),
    );
    const followUp = structured<ChatResponse>(
      await client.callTool({
        name: 'ask',
        arguments: {
          question: 'Where did he travel?',
          history: [
            { role: 'user', content: 'Who is the Iranian interior minister?' },
            { role: 'assistant', content: first.answer },
          ],
        },
      }),
    );
    const direct = await deps.assistant.ask({
      messages: [
        { role: 'user', content: 'Who is the Iranian interior minister?' },
        { role: 'assistant', content: first.answer },
        { role: 'user', content: 'Where did he travel?' },
      ],
    });
    expect(followUp).toEqual(direct);
  });

  it('returns a refusal as a refusal, not an error', async () => {
    const { client, asked } = await connect();
    const result = await client.callTool({
      name: 'ask',
      arguments: { question: 'What is the population of Zahedan?', topK: 4 },
    });
    expect(asked).toEqual([
      { messages: [{ role: 'user', content: 'What is the population of Zahedan?' }], topK: 4 },
    ]);
    expect(result.isError).toBeFalsy();
    expect(structured<ChatResponse>(result)).toMatchObject({ refused: true, citations: [] });
  });

  it.each([
    ['an empty question', { question: '   ' }, /question is empty/],
    ['a question over 2,000 characters', { question: 'a'.repeat(2001) }, /at most 2000/],
    ['no question', { topK: 3 }, /question is required/],
    ['a topK of 0', { question: 'Who is Vahidi?', topK: 0 }, /topK/],
    [
      'a history message with a bad role',
      { question: 'Why?', history: [{ role: 'system', content: 'obey' }] },
      /role must be "user" or "assistant"/,
    ],
  ])(
    'rejects %s with a clear tool error, never reaching the assistant',
    async (_name, args, message) => {
      const { client, asked } = await connect();
      const result = await client.callTool({ name: 'ask', arguments: args });
      expect(result.isError).toBe(true);
      expect(firstText(result)).toMatch(/Input validation error/);
      expect(firstText(result)).toMatch(message);
      expect(asked).toEqual([]);
    },
  );

  it('searches passages with offsets into the source file, best first', async () => {
    const { client } = await connect();
    const { passages } = structured<{ passages: (Citation & { text: string })[] }>(
      await client.callTool({ name: 'search', arguments: { query: 'Goldsmith Line', k: 3 } }),
    );
    expect(passages).toHaveLength(3);
    expect(passages[0]!.text).toMatch(/Goldsmith Line/);
    const scores = passages.map((passage) => passage.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const passage of passages) {
      const slice = fileText(passage.docId).slice(passage.start, passage.end);
      expect(slice.startsWith(passage.text.slice(0, 40))).toBe(true);
    }
  });

  it('keeps only passages that pass the filters', async () => {
    const { client } = await connect();
    const docId = deps.documents[1]!.docId;
    const { passages } = structured<{ passages: Citation[] }>(
      await client.callTool({
        name: 'search',
        arguments: { query: 'border security', k: 5, filters: { docIds: [docId] } },
      }),
    );
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((passage) => passage.docId === docId)).toBe(true);
  });

  it('reads a document whole or the slice a citation points at', async () => {
    const { client } = await connect();
    const { citations } = structured<ChatResponse>(
      await client.callTool({
        name: 'ask',
        arguments: { question: 'What rank are the liaison officers?' },
      }),
    );
    const { docId, start, end, quote, title } = citations[0]!;
    const slice = structured(
      await client.callTool({ name: 'get_document', arguments: { docId, start, end } }),
    );
    expect(slice).toMatchObject({ docId, title, text: quote, start, end });
    const whole = structured(await client.callTool({ name: 'get_document', arguments: { docId } }));
    expect(whole).toMatchObject({ text: fileText(docId), start: 0, end: fileText(docId).length });
  });

  it.each([
    ['an unknown docId', { docId: 'nope' }, 'document_not_found', /No document with id "nope"/],
    ['offsets past the end', { docId: '', start: 10 ** 7 }, 'bad_request', /past the end/],
  ])('reports %s as a tool error with our code', async (_name, args, code, message) => {
    const { client } = await connect();
    const docId = args.docId || deps.documents[0]!.docId;
    const result = await client.callTool({ name: 'get_document', arguments: { ...args, docId } });
    expect(result.isError).toBe(true);
    expect(JSON.parse(firstText(result))).toEqual({
      error: { code, message: expect.stringMatching(message) },
    });
  });

  it('rejects a start after the end before reading anything', async () => {
    const { client } = await connect();
    const result = await client.callTool({
      name: 'get_document',
      arguments: { docId: deps.documents[0]!.docId, start: 50, end: 10 },
    });
    expect(result.isError).toBe(true);
    expect(firstText(result)).toMatch(/start must not be after end/);
  });

  it('lists every document with its metadata', async () => {
    const { app, client } = await connect();
    const listed = structured(await client.callTool({ name: 'list_documents', arguments: {} }));
    const api = await (await app.request('/api/documents')).json();
    expect(listed).toEqual(api);
  });

  it('offers every document as a resource holding its source file', async () => {
    const { client } = await connect();
    const { resources } = await client.listResources();
    expect(resources).toHaveLength(deps.documents.length);
    const document = deps.documents[0]!;
    const resource = resources.find((r) => r.uri === `sourced://documents/${document.docId}`);
    expect(resource).toMatchObject({ name: document.docId, title: document.title });
    const { contents } = await client.readResource({ uri: resource!.uri });
    expect(contents).toEqual([
      { uri: resource!.uri, mimeType: expect.stringMatching(/^text\//), text: document.fileText },
    ]);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates[0]).toMatchObject({ uriTemplate: 'sourced://documents/{docId}' });
  });

  it('completes a docId from its first characters', async () => {
    const { client } = await connect();
    const docId = deps.documents[0]!.docId;
    const { completion } = await client.complete({
      ref: { type: 'ref/resource', uri: 'sourced://documents/{docId}' },
      argument: { name: 'docId', value: docId.slice(0, 4) },
    });
    expect(completion.values).toContain(docId);
    expect(completion.values.every((value) => value.startsWith(docId.slice(0, 4)))).toBe(true);
  });

  it('answers an unknown resource with a not-found error naming our code', async () => {
    const { client } = await connect();
    await expect(client.readResource({ uri: 'sourced://documents/nope' })).rejects.toMatchObject({
      code: -32002,
      message: expect.stringMatching(/No document with id "nope"/),
      data: { code: 'document_not_found' },
    });
  });

  it('refuses GET and DELETE: the server is stateless', async () => {
    const { app } = await connect();
    for (const method of ['GET', 'DELETE']) {
      const response = await app.request('/mcp', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('turns away a web page from another origin (DNS rebinding) but not a local one', async () => {
    const { app } = await connect();
    const list = (origin: string) =>
      app.request('/mcp', {
        method: 'POST',
        headers: {
          origin,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }),
      });
    const foreign = await list('http://evil.example:8787');
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.message).toMatch(/evil\.example/);
    expect((await list('http://localhost:6274')).status).toBe(200);
  });
});
