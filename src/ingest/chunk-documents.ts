/**
 * Sentence-aware chunking: sentences are packed into chunks of at most
 * `maxChars`, and the last `overlapSentences` of a chunk open the next one.
 */
import type { Chunk, SourceDocument, Span } from './document-types.js';
import { splitSentences } from './split-sentences.js';

export interface ChunkingOptions {
  maxChars?: number;
  overlapSentences?: number;
}

/** The sentences of a document's kept paragraphs, as spans of its file text. */
export function documentSentences(document: SourceDocument): Span[] {
  return document.paragraphs.flatMap((paragraph) =>
    splitSentences(document.fileText.slice(paragraph.start, paragraph.end), paragraph.start),
  );
}

function groupSentences(sentences: Span[], maxChars: number, overlapSentences: number): Span[][] {
  const groups: Span[][] = [];
  let current: Span[] = [];
  const size = (group: Span[]) => (group.length === 0 ? 0 : group.at(-1)!.end - group[0]!.start);
  for (const sentence of sentences) {
    const candidate = [...current, sentence];
    if (current.length > 0 && size(candidate) > maxChars) {
      groups.push(current);
      // Carry the overlap only when the chunk had more than the overlap, or chunks would repeat.
      const carried = current.length > overlapSentences ? current.slice(current.length - overlapSentences) : [];
      current = [...carried, sentence];
      // An overlap that no longer fits is dropped rather than overflowing the chunk.
      while (current.length > 1 && size(current) > maxChars) current = current.slice(1);
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Splits documents into chunks that carry metadata and original-file offsets. */
export function chunkDocuments(
  documents: SourceDocument[],
  { maxChars = 600, overlapSentences = 1 }: ChunkingOptions = {},
): Chunk[] {
  return documents.flatMap((document) =>
    groupSentences(documentSentences(document), maxChars, overlapSentences).map((sentences, index) => ({
      chunkId: `${document.docId}#${index}`,
      docId: document.docId,
      title: document.title,
      date: document.date,
      source: document.source,
      text: sentences.map((sentence) => document.fileText.slice(sentence.start, sentence.end)).join(' '),
      start: sentences[0]!.start,
      end: sentences.at(-1)!.end,
      sentences,
    })),
  );
}
