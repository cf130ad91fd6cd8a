/**
 * The `get_document` tool: a document's metadata and its source file's text,
 * whole or the `start`/`end` slice a citation or passage points at.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../log/logger.js';
import type { DocumentCatalog } from './document-catalog.js';
import { runTool, toolResult } from './tool-result.js';
import {
  getDocumentInputSchema,
  getDocumentOutputSchema,
  type GetDocumentInput,
  type GetDocumentOutput,
} from './tool-schemas.js';

/** The document's text between the offsets; an offset past the end is a `bad_request`. */
export function readDocument(
  catalog: DocumentCatalog,
  { docId, start = 0, end }: GetDocumentInput,
): GetDocumentOutput {
  const { document, summary } = catalog.get(docId);
  const length = document.fileText.length;
  const stop = end ?? length;
  if (stop > length || start > length) {
    throw new AppError(
      'bad_request',
      `Offsets ${start}-${stop} are past the end of "${docId}" (${length} characters).`,
    );
  }
  return { ...summary, text: document.fileText.slice(start, stop), start, end: stop, length };
}

export function registerGetDocumentTool(
  server: McpServer,
  { catalog, logger }: { catalog: DocumentCatalog; logger: Logger },
): void {
  server.registerTool(
    'get_document',
    {
      title: 'Read a document',
      description:
        "A document's title, date, publisher and chunk count, and its source file's text: " +
        'whole, or the `start`/`end` slice (the offsets of a citation or search passage, ' +
        'widened to read around it). `text` is exactly the file between `start` and `end`.',
      inputSchema: getDocumentInputSchema,
      outputSchema: getDocumentOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      runTool('get_document', logger, async () => toolResult(readDocument(catalog, input))),
  );
}
