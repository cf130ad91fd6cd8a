/**
 * Turns a chosen sentence into a citation whose quote is a verbatim slice of
 * the source file.
 */
import type { Chunk, Span } from '../ingest/document-types.js';
import type { Citation } from './chat-types.js';

export function createCitation({
  n,
  chunk,
  span,
  fileText,
  score,
}: {
  n: number;
  chunk: Chunk;
  span: Span;
  /** The source file's full text, which `span` indexes. */
  fileText: string;
  score: number;
}): Citation {
  return {
    n,
    docId: chunk.docId,
    title: chunk.title,
    date: chunk.date,
    source: chunk.source,
    chunkId: chunk.chunkId,
    quote: fileText.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    score: Math.round(score * 1000) / 1000,
  };
}
