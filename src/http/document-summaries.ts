/**
 * What is indexed, per document: its metadata and how many chunks it became.
 * Shared by the JSON API and the documents page.
 */
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { DocumentSummary } from './response-schemas.js';

/**
 * Returns a function that summarizes one document. The chunks are counted by document once,
 * at the first summary: every app a server builds (at start, after each corpus change) makes
 * three summarizers, and at 100k chunks counting cost ≈ 10–15 ms each, before any request.
 */
export function createDocumentSummarizer({ chunks }: { chunks: Chunk[] }) {
  let counts: Map<string, number> | undefined;
  const countChunks = () => {
    const counted = new Map<string, number>();
    for (const chunk of chunks) counted.set(chunk.docId, (counted.get(chunk.docId) ?? 0) + 1);
    return counted;
  };
  return function summarizeDocument(document: SourceDocument): DocumentSummary {
    counts ??= countChunks();
    return {
      docId: document.docId,
      title: document.title,
      date: document.date,
      source: document.source,
      chunks: counts.get(document.docId) ?? 0,
    };
  };
}
