/**
 * The `list_documents` tool: every indexed document with its metadata.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Logger } from '../log/logger.js';
import type { DocumentCatalog } from './document-catalog.js';
import { runTool, toolResult } from './tool-result.js';
import { listDocumentsOutputSchema } from './tool-schemas.js';

export function registerListDocumentsTool(
  server: McpServer,
  { catalog, logger }: { catalog: DocumentCatalog; logger: Logger },
): void {
  server.registerTool(
    'list_documents',
    {
      title: 'List the documents',
      description:
        'Every indexed document: `docId` (for get_document, search filters and ' +
        'sourced://documents/{docId}), title, date and publisher when the text states them, ' +
        'and how many chunks it was split into.',
      outputSchema: listDocumentsOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      runTool('list_documents', logger, async () => toolResult({ documents: catalog.summaries })),
  );
}
