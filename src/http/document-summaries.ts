/**
 * What is indexed, per document: its metadata and how many chunks it became.
 * Shared by the JSON API and the documents page.
 */
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { DocumentSummary } from './response-schemas.js';

/** Returns a function that summarizes one document, counting its chunks once up front. */
export function createDocumentSummarizer({ chunks }: { chunks: Chunk[] }) {
  const counts = new Map<string, number>();
  for (const chunk of chunks) counts.set(chunk.docId, (counts.get(chunk.docId) ?? 0) + 1);
  return function summarizeDocument(document: SourceDocument): DocumentSummary {
    return {
      docId: document.docId,
      title: document.title,
      date: document.date,
      source: document.source,
      chunks: counts.get(document.docId) ?? 0,
    };
  };
}
