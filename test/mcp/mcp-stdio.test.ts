import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChatResponse } from '../../src/answer/chat-types.js';
import type { Deps } from '../../src/deps.js';
import { createSeedDeps } from '../helpers/seed-deps.js';
import { connectStdio, firstText, structured } from './mcp-test-kit.js';

let deps: Deps;
let session: Awaited<ReturnType<typeof connectStdio>>;
beforeAll(async () => {
  deps = await createSeedDeps();
  session = await connectStdio();
});
afterAll(async () => {
  await session?.client.close();
});

describe('MCP over stdio (npm run mcp)', () => {
  it('lists the tools and the documents as resources', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'ask',
      'get_document',
      'list_documents',
      'search',
    ]);
    const { resources } = await session.client.listResources();
    expect(resources.map((resource) => resource.name).sort()).toEqual(
      deps.documents.map((document) => document.docId).sort(),
    );
  });

  it('answers with the same citations as the in-process assistant, quotes verbatim', async () => {
    const question = 'What rank are the liaison officers?';
    const answer = structured<ChatResponse>(
      await session.client.callTool({ name: 'ask', arguments: { question } }),
    );
    expect(answer).toEqual(
      await deps.assistant.ask({ messages: [{ role: 'user', content: question }] }),
    );
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) {
      const document = deps.documents.find((d) => d.docId === citation.docId)!;
      expect(document.fileText.slice(citation.start, citation.end)).toBe(citation.quote);
    }
  });

  it('returns a refusal as a refusal', async () => {
    const result = await session.client.callTool({
      name: 'ask',
      arguments: { question: 'What is the population of Zahedan?' },
    });
    expect(result.isError).toBeFalsy();
    expect(structured<ChatResponse>(result)).toMatchObject({ refused: true, citations: [] });
  });

  it('calls search, get_document and list_documents', async () => {
    const { client } = session;
    const { passages } = structured<{ passages: { docId: string; start: number }[] }>(
      await client.callTool({ name: 'search', arguments: { query: 'Goldsmith Line', k: 2 } }),
    );
    expect(passages).toHaveLength(2);
    const docId = passages[0]!.docId;
    const document = deps.documents.find((d) => d.docId === docId)!;
    expect(
      structured(await client.callTool({ name: 'get_document', arguments: { docId, end: 40 } })),
    ).toMatchObject({ docId, text: document.fileText.slice(0, 40) });
    const { documents } = structured<{ documents: unknown[] }>(
      await client.callTool({ name: 'list_documents' }),
    );
    expect(documents).toHaveLength(deps.documents.length);
  });

  it('rejects bad arguments with a clear tool error', async () => {
    const result = await session.client.callTool({
      name: 'search',
      arguments: { query: 'border', k: 50 },
    });
    expect(result.isError).toBe(true);
    expect(firstText(result)).toMatch(/Input validation error.*\n?.*k/s);
  });

  it('writes nothing but protocol on stdout: logs go to stderr', async () => {
    expect(session.errors).toEqual([]);
    expect(session.stderr.join('')).toMatch(/sourced MCP server is answering on stdio/);
  });
});

describe('npm run mcp, read raw', () => {
  it('prints only JSON-RPC lines on stdout', async () => {
    const child = spawn('npm', ['run', '--silent', 'mcp'], {
      env: { ...process.env, SEEDS_DIR: 'seeds', INDEX_DIR: inject('seedIndexDir') },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'raw', version: '0' },
      },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    await expect.poll(() => stdout.includes('"id":2'), { timeout: 30_000 }).toBe(true);
    child.stdin.end();
    await once(child, 'exit');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
  });
});
