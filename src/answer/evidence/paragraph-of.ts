/** The kept paragraph of a document that holds a file offset (a sentence's start). */
import type { SourceDocument, Span } from '../../ingest/document-types.js';

export function paragraphOf(document: SourceDocument, offset: number): Span | undefined {
  return document.paragraphs.find((span) => span.start <= offset && offset < span.end);
}
