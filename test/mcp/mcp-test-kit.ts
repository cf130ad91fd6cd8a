/**
 * Connects the MCP SDK's own client to sourced: over Streamable HTTP through
 * `app.fetch` (no listening port), or over stdio by spawning `npm run mcp`.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { inject } from 'vitest';
import type { createApp } from '../../src/http/create-app.js';

const newClient = () => new Client({ name: 'sourced-tests', version: '0.0.0' });

/** A client talking to the app's `/mcp` in-process. */
export async function connectHttp(app: ReturnType<typeof createApp>): Promise<Client> {
  const client = newClient();
  const transport = new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
    fetch: async (url, init) => app.request(url, init),
  });
  await client.connect(transport);
  return client;
}

/** A client that spawned `npm run mcp` over the seed index; its stderr is collected. */
export async function connectStdio(env: Record<string, string> = {}) {
  const transport = new StdioClientTransport({
    command: 'npm',
    args: ['run', '--silent', 'mcp'],
    cwd: process.cwd(),
    env: {
      SEEDS_DIR: 'seeds',
      INDEX_DIR: inject('seedIndexDir'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stderr: 'pipe',
  });
  const stderr: string[] = [];
  transport.stderr?.on('data', (data: Buffer) => stderr.push(data.toString()));
  const errors: Error[] = [];
  const client = newClient();
  client.onerror = (error) => errors.push(error);
  await client.connect(transport);
  return { client, stderr, errors };
}

/** The structured content of a successful tool call. */
export function structured<T = Record<string, unknown>>(result: unknown): T {
  const call = result as CallToolResult;
  if (call.isError) throw new Error(`tool failed: ${JSON.stringify(call.content)}`);
  return call.structuredContent as T;
}

/** The text of a tool result's first content block. */
export function firstText(result: unknown): string {
  const block = (result as CallToolResult).content[0];
  return block?.type === 'text' ? block.text : '';
}
