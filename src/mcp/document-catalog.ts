/**
 * The indexed documents, looked up by id and summarized, prepared once (at the
 * first MCP call, not when the app is built) so a per-request MCP server
 * (stateless HTTP) costs nothing to build.
 */
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { createDocumentSummarizer } from '../http/document-summaries.js';
import type { DocumentSummary } from '../http/response-schemas.js';
import { AppError } from '../errors/app-error.js';

export interface DocumentCatalog {
  summaries: DocumentSummary[];
  /** The document and its summary; throws `document_not_found` for an unknown id. */
  get(docId: string): { document: SourceDocument; summary: DocumentSummary };
}

export function createDocumentCatalog({
  documents,
  chunks,
}: {
  documents: SourceDocument[];
  chunks: Chunk[];
}): DocumentCatalog {
  let prepared:
    | {
        entries: Map<string, { document: SourceDocument; summary: DocumentSummary }>;
        summaries: DocumentSummary[];
      }
    | undefined;
  const prepare = () => {
    const summarize = createDocumentSummarizer({ chunks });
    const entries = new Map(
      documents.map((document) => [document.docId, { document, summary: summarize(document) }]),
    );
    return { entries, summaries: [...entries.values()].map(({ summary }) => summary) };
  };
  return {
    get summaries() {
      prepared ??= prepare();
      return prepared.summaries;
    },
    get(docId) {
      prepared ??= prepare();
      const entry = prepared.entries.get(docId);
      if (!entry) throw new AppError('document_not_found', `No document with id "${docId}".`);
      return entry;
    },
  };
}
