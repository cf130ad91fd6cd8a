/**
 * OpenAPI path of the MCP door: `/mcp` speaks JSON-RPC (the Model Context
 * Protocol's Streamable HTTP transport), described by the MCP specification
 * rather than here; this records that the route exists and what it answers.
 */
import { errorResponse, type PathItems } from './openapi-helpers.js';

const jsonRpc = { 'application/json': { schema: { type: 'object' } } };

const notAllowed = {
  description: 'The server is stateless: no event stream to open, no session to end.',
  content: jsonRpc,
};

export const mcpPaths: PathItems = {
  '/mcp': {
    post: {
      tags: ['mcp'],
      summary: 'Model Context Protocol (Streamable HTTP, stateless)',
      description:
        'Tools `ask`, `search`, `get_document`, `list_documents` and resources ' +
        '`sourced://documents/{docId}`, for MCP clients; see the README. Send JSON-RPC ' +
        'messages with `accept: application/json, text/event-stream`.',
      requestBody: { required: true, content: jsonRpc },
      responses: {
        '200': { description: 'The JSON-RPC response.', content: jsonRpc },
        '202': { description: 'A notification or response was accepted.' },
        '400': { description: 'Not a valid JSON-RPC message.', content: jsonRpc },
        '403': {
          description: 'Sent by a web page on another host (`Origin` not loopback).',
          content: jsonRpc,
        },
        '406': { description: 'The `accept` header lacks a required type.', content: jsonRpc },
        '413': errorResponse('The body is larger than the limit (`payload_too_large`).'),
        '415': { description: 'The body is not sent as `application/json`.', content: jsonRpc },
      },
    },
    get: { tags: ['mcp'], summary: 'Not supported (stateless)', responses: { '405': notAllowed } },
    delete: {
      tags: ['mcp'],
      summary: 'Not supported (stateless)',
      responses: { '405': notAllowed },
    },
  },
};
