/**
 * `/mcp`: the MCP server over Streamable HTTP, stateless. Each POST gets a
 * fresh server and transport (the SDK's stateless transport serves one
 * request) answering in plain JSON, so nothing outlives the request and any
 * middleware in front (API keys, rate limits) sees every call. The SDK's
 * transport is imported on the first call: a server nobody asks over MCP
 * never loads it (start-up time).
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Hono } from 'hono';
import { limitBody } from '../http/require-json.js';
import { rejectForeignOrigin } from './reject-foreign-origin.js';

export interface McpRouteOptions {
  /** Builds the server one request talks to (it may import the SDK first). */
  createServer: () => McpServer | Promise<McpServer>;
}

/** JSON-RPC's body for a refused HTTP method: stateless mode has no stream to GET nor session to DELETE. */
const methodNotAllowed = {
  jsonrpc: '2.0',
  error: {
    code: -32000,
    message: 'Method not allowed: this MCP server is stateless; POST to /mcp.',
  },
  id: null,
};

export function createMcpRoute({ createServer }: McpRouteOptions) {
  return new Hono()
    .post('/', rejectForeignOrigin(), limitBody(), async function handleMcp(c) {
      const { WebStandardStreamableHTTPServerTransport } =
        await import('@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js');
      const server = await createServer();
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      try {
        await server.connect(transport);
        return await transport.handleRequest(c.req.raw);
      } finally {
        await server.close();
      }
    })
    .on(['GET', 'DELETE'], '/', (c) => c.json(methodNotAllowed, 405, { allow: 'POST' }));
}
