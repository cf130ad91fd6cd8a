/**
 * The MCP server over stdio, for clients that spawn a process (desktop
 * assistants, IDE agents). stdout carries only protocol messages: logs go to
 * stderr, and so does anything a library prints with `console.log`.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';

/** Connects the server to this process's stdin/stdout; resolves once it is listening. */
export async function serveStdio(server: McpServer): Promise<void> {
  // A stray line on stdout would corrupt the JSON-RPC stream the client reads.
  console.log = console.error;
  console.info = console.error;
  await server.connect(new StdioServerTransport());
}
