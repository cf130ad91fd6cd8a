/**
 * The `search` tool: ranked passages for a query, without an answer, for
 * agents that want to read the evidence themselves.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Retriever } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import { searchPassages } from './search-passages.js';
import { runTool, toolResult } from './tool-result.js';
import { searchInputSchema, searchOutputSchema } from './tool-schemas.js';

export function registerSearchTool(
  server: McpServer,
  { retriever, logger }: { retriever: Retriever; logger: Logger },
): void {
  server.registerTool(
    'search',
    {
      title: 'Search the documents',
      description:
        'Finds the passages most relevant to a query (keyword and meaning search combined), ' +
        'best first, optionally only in some documents, from one publisher or within dates. ' +
        'Each passage has its document, title, date, publisher, text, `start`/`end` offsets ' +
        'into the source file (see get_document) and a relevance score.',
      inputSchema: searchInputSchema,
      outputSchema: searchOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ query, k, filters }) =>
      runTool('search', logger, async () =>
        toolResult({ passages: await searchPassages({ retriever, query, k, filters }) }),
      ),
  );
}
