/**
 * Rows of the embedded store's tables and their conversion to and from the
 * pipeline's documents and chunks. JSON columns are validated with zod when
 * read back, like every file the server reads.
 */
import { z } from 'zod';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { bodyLemmas } from '../text/lemma-sets.js';
import type { DocumentKeys } from '../text/document-keys.js';

export interface DocumentRow {
  doc_id: string;
  title: string;
  date: string | null;
  source: string | null;
  path: string;
  format: string | null;
  content_hash: string;
  chunk_count: number;
  file_text: string;
  clean_text: string;
  paragraphs: string;
  metadata: string;
  page_starts: string | null;
}

/** A document's summary, as `[doc_id, title, date, source, format, content_hash, chunk_count]` (a raw row). */
export type DocumentSummaryRow = [
  docId: string,
  title: string,
  date: string | null,
  source: string | null,
  format: string | null,
  contentHash: string,
  chunks: number,
];

/** A seeds-folder file's stamp, as `[doc_id, file_name, size, mtime_ms, sha256, content_hash]` (a raw row). */
export type FileStampRow = [
  docId: string,
  fileName: string,
  size: number,
  mtimeMs: number,
  sha256: string,
  contentHash: string,
];

export interface ChunkRow {
  label: number;
  chunk_id: string;
  doc_id: string;
  ordinal: number;
  kind: string;
  start: number;
  end: number;
  sentences: string;
  search_text: string | null;
  text: string;
  title: string;
  date: string | null;
  source: string | null;
}

const spans = z.array(z.object({ start: z.number().int(), end: z.number().int() }));
const numbers = z.array(z.number().int());
const formats = z.enum(['text', 'markdown', 'html', 'pdf', 'docx']);

export function toDocumentRow(document: SourceDocument, contentHash: string, chunkCount: number) {
  return {
    doc_id: document.docId,
    title: document.title,
    date: document.date,
    source: document.source,
    path: document.path,
    format: document.format ?? null,
    content_hash: contentHash,
    chunk_count: chunkCount,
    file_text: document.fileText,
    clean_text: document.cleanText,
    paragraphs: JSON.stringify(document.paragraphs),
    metadata: JSON.stringify(document.metadata),
    page_starts: document.pageStarts ? JSON.stringify(document.pageStarts) : null,
    body_lemmas: [...bodyLemmas(document)].join(' '),
  };
}

export function fromDocumentRow(row: DocumentRow): SourceDocument {
  const document: SourceDocument = {
    docId: row.doc_id,
    path: row.path,
    fileText: row.file_text,
    title: row.title,
    date: row.date,
    source: row.source,
    cleanText: row.clean_text,
    paragraphs: spans.parse(JSON.parse(row.paragraphs)),
    metadata: spans.parse(JSON.parse(row.metadata)),
  };
  if (row.format !== null) document.format = formats.parse(row.format);
  if (row.page_starts !== null) document.pageStarts = numbers.parse(JSON.parse(row.page_starts));
  return document;
}

/** A document's `documentKeys` as the `document_keys` table keeps them (lemmas joined by spaces). */
export interface DocumentKeysRow {
  doc_id: string;
  header: string;
  edges: string;
  title: string;
  source: string;
}

const splitLemmas = (lemmas: string): string[] => (lemmas === '' ? [] : lemmas.split(' '));

export function toDocumentKeysRow(docId: string, keys: DocumentKeys): DocumentKeysRow {
  return {
    doc_id: docId,
    header: keys.header.join(' '),
    edges: keys.edges,
    title: keys.title.join(' '),
    source: keys.source.join(' '),
  };
}

export function fromDocumentKeysRow(row: DocumentKeysRow): DocumentKeys {
  return {
    header: splitLemmas(row.header),
    edges: row.edges,
    title: splitLemmas(row.title),
    source: splitLemmas(row.source),
  };
}

export function fromChunkRow(row: ChunkRow): Chunk {
  const chunk: Chunk = {
    chunkId: row.chunk_id,
    kind: row.kind === 'metadata' ? 'metadata' : 'body',
    docId: row.doc_id,
    title: row.title,
    date: row.date,
    source: row.source,
    text: row.text,
    start: row.start,
    end: row.end,
    sentences: spans.parse(JSON.parse(row.sentences)),
  };
  if (row.search_text !== null) chunk.searchText = row.search_text;
  return chunk;
}

/** A vector as the float32 blob the chunks table keeps (the graph can be rebuilt from it). */
export function toVectorBlob(vector: number[]): Buffer {
  return Buffer.from(new Float32Array(vector).buffer);
}

export function fromVectorBlob(blob: Buffer): number[] {
  return Array.from(new Float32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4));
}
