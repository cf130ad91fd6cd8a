/**
 * The MCP server: sourced's tools and resources on one `McpServer`, ready to
 * connect to a transport (stdio for desktop clients, Streamable HTTP at `/mcp`).
 * Cheap to build: the HTTP door builds one per request.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Assistant } from '../answer/chat-types.js';
import type { Retriever } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import { registerAskTool } from './ask-tool.js';
import type { DocumentCatalog } from './document-catalog.js';
import { registerDocumentResources } from './document-resources.js';
import { registerGetDocumentTool } from './get-document-tool.js';
import { registerListDocumentsTool } from './list-documents-tool.js';
import { registerSearchTool } from './search-tool.js';

export interface McpServerDeps {
  assistant: Assistant;
  retriever: Retriever;
  catalog: DocumentCatalog;
  logger: Logger;
  version?: string;
}

export function createMcpServer({
  assistant,
  retriever,
  catalog,
  logger,
  version = '0.1.0',
}: McpServerDeps): McpServer {
  const server = new McpServer(
    { name: 'sourced', title: 'sourced', version },
    {
      instructions:
        'Answers questions from a fixed collection of news articles, with a verbatim quote ' +
        'for every claim. Use `ask` for an answer with citations; it refuses when the ' +
        'articles do not say. Use `search` and `get_document` to read the evidence yourself.',
    },
  );
  registerAskTool(server, { assistant, logger });
  registerSearchTool(server, { retriever, logger });
  registerGetDocumentTool(server, { catalog, logger });
  registerListDocumentsTool(server, { catalog, logger });
  registerDocumentResources(server, { catalog });
  return server;
}
