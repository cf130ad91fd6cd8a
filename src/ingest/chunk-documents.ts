/**
 * Sentence-aware chunking: sentences are packed into chunks of at most
 * `maxChars`, and the last `overlapSentences` of a chunk open the next one.
 */
import type { Chunk, SourceDocument, Span } from './document-types.js';
import { splitLongSpan } from './split-long-span.js';
import { splitSentences } from './split-sentences.js';

export interface ChunkingOptions {
  maxChars?: number;
  overlapSentences?: number;
}

/**
 * The sentences of a document's kept paragraphs, as spans of its file text.
 * A "sentence" longer than `maxChars` (text without full stops) is cut at word boundaries.
 */
export function documentSentences(document: SourceDocument, maxChars = Infinity): Span[] {
  return splitDocument(document).flatMap((sentence) =>
    splitLongSpan(document.fileText, sentence, maxChars),
  );
}

/**
 * The sentence split of each document, kept while the document lives: its content hash
 * (`hashDocument`) and its chunks both need it, and segmenting is the costly part.
 */
const splits = new WeakMap<SourceDocument, Span[]>();

function splitDocument(document: SourceDocument): Span[] {
  let sentences = splits.get(document);
  if (!sentences)
    splits.set(
      document,
      (sentences = document.paragraphs.flatMap((paragraph) =>
        splitSentences(document.fileText.slice(paragraph.start, paragraph.end), paragraph.start),
      )),
    );
  return sentences;
}

/** Metadata lines that fit in one chunk, in file order: first come, first kept. */
function fitMetadata(document: SourceDocument, maxChars: number): Span[] {
  const spans = [...document.metadata]
    .sort((a, b) => a.start - b.start)
    .flatMap((span) => splitLongSpan(document.fileText, span, maxChars));
  // The card's text is its lines joined by spaces: that is what must fit.
  const kept: Span[] = [];
  let length = -1;
  for (const span of spans) {
    length += span.end - span.start + 1;
    if (length > maxChars) break;
    kept.push(span);
  }
  return kept;
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
      const carried =
        current.length > overlapSentences ? current.slice(current.length - overlapSentences) : [];
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

/** Words people use when asking about an article's date, publisher or author. */
export const METADATA_CUES = 'published publisher date source newspaper report wrote author';

/** The text search indexes for a chunk. */
export function searchTextOf(chunk: Chunk): string {
  return chunk.searchText ?? `${chunk.title}. ${chunk.text}`;
}

function createChunk(
  document: SourceDocument,
  chunkId: string,
  kind: Chunk['kind'],
  sentences: Span[],
): Chunk {
  return {
    chunkId,
    kind,
    docId: document.docId,
    title: document.title,
    date: document.date,
    source: document.source,
    text: sentences
      .map((sentence) => document.fileText.slice(sentence.start, sentence.end))
      .join(' '),
    start: sentences[0]!.start,
    end: sentences.at(-1)!.end,
    sentences,
  };
}

/**
 * Splits documents into chunks that carry metadata and original-file offsets.
 * A document's date and publisher lines form one extra `metadata` chunk, so
 * "which newspaper published…" can be answered with a verbatim quote too.
 */
export function chunkDocuments(
  documents: SourceDocument[],
  { maxChars = 600, overlapSentences = 1 }: ChunkingOptions = {},
): Chunk[] {
  return documents.flatMap((document) => {
    const sentences = documentSentences(document, maxChars);
    const body = groupSentences(sentences, maxChars, overlapSentences).map((sentences, index) =>
      createChunk(document, `${document.docId}#${index}`, 'body', sentences),
    );
    const metadata = fitMetadata(document, maxChars);
    if (metadata.length === 0) return body;
    const card = createChunk(document, `${document.docId}#meta`, 'metadata', metadata);
    // Found by what the article is about, not only by its publisher line.
    const lede = body[0]?.sentences[0];
    const ledeText = lede ? document.fileText.slice(lede.start, lede.end) : '';
    card.searchText = `${document.title}. ${ledeText} ${card.text} ${METADATA_CUES}`;
    return [...body, card];
  });
}
