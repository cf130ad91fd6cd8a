/**
 * Every document as an MCP resource, `sourced://documents/{docId}`, whose
 * content is the source file exactly as on disk (what citation offsets index),
 * so a client can attach an article to a conversation.
 */
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { AppError } from '../errors/app-error.js';
import type { DocumentCatalog } from './document-catalog.js';

export const DOCUMENT_URI_TEMPLATE = 'sourced://documents/{docId}';

/** JSON-RPC code the MCP specification gives an unknown resource. */
const RESOURCE_NOT_FOUND = -32002;

export const documentUri = (docId: string) => `sourced://documents/${encodeURIComponent(docId)}`;

const mimeTypeOf = (path: string) => (path.endsWith('.md') ? 'text/markdown' : 'text/plain');

export function registerDocumentResources(
  server: McpServer,
  { catalog }: { catalog: DocumentCatalog },
): void {
  const template = new ResourceTemplate(DOCUMENT_URI_TEMPLATE, {
    list: () => ({
      resources: catalog.summaries.map((summary) => ({
        uri: documentUri(summary.docId),
        name: summary.docId,
        title: summary.title,
        description: [summary.source, summary.date].filter(Boolean).join(', ') || undefined,
        mimeType: mimeTypeOf(catalog.get(summary.docId).document.path),
      })),
    }),
    complete: {
      docId: (prefix) =>
        catalog.summaries
          .map((summary) => summary.docId)
          .filter((docId) => docId.startsWith(prefix)),
    },
  });
  server.registerResource(
    'document',
    template,
    {
      title: 'Article',
      description: 'An indexed article, exactly as its source file; citation offsets index it.',
    },
    (uri, { docId }) => {
      const id = decodeURIComponent(String(docId));
      try {
        const { document } = catalog.get(id);
        return {
          contents: [
            { uri: uri.href, mimeType: mimeTypeOf(document.path), text: document.fileText },
          ],
        };
      } catch (error) {
        if (error instanceof AppError) {
          throw new McpError(RESOURCE_NOT_FOUND, error.message, { code: error.code });
        }
        throw error;
      }
    },
  );
}
