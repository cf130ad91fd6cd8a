/**
 * Rows of the PostgreSQL corpus tables and their conversion to the
 * pipeline's documents and chunks. jsonb columns arrive parsed and are
 * validated with zod, like anything read back from storage.
 */
import { z } from 'zod';
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import type { CorpusSettings, StoredDocumentSummary } from '../corpus-store.js';

const spans = z.array(z.object({ start: z.number().int(), end: z.number().int() }));
const formats = z.enum(['text', 'markdown', 'html', 'pdf', 'docx']);

export const corpusSettingsSchema = z.object({
  embedder: z.object({
    id: z.string(),
    dimension: z.number().int().positive(),
    settings: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
  chunking: z.object({ maxChars: z.number().int(), overlapSentences: z.number().int() }),
}) satisfies z.ZodType<CorpusSettings>;

const summaryRow = z.object({
  doc_id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  format: formats.nullable(),
  content_hash: z.string(),
  chunk_count: z.number().int(),
});

const documentRow = summaryRow.extend({
  path: z.string(),
  file_text: z.string(),
  clean_text: z.string(),
  paragraphs: spans,
  metadata: spans,
  page_starts: z.array(z.number().int()).nullable(),
});

const chunkRow = z.object({
  chunk_id: z.string(),
  doc_id: z.string(),
  kind: z.string(),
  start_offset: z.number().int(),
  end_offset: z.number().int(),
  sentences: spans,
  search_text: z.string().nullable(),
  text: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
});

/** Columns `fromChunkRow` reads, over `chunks c JOIN documents d`. */
export const CHUNK_COLUMNS = `c.chunk_id, c.doc_id, c.kind, c.start_offset, c.end_offset, c.sentences,
  c.search_text, c.text, d.title, d.date, d.source`;

export function fromSummaryRow(row: unknown): StoredDocumentSummary {
  const parsed = summaryRow.parse(row);
  const summary: StoredDocumentSummary = {
    docId: parsed.doc_id,
    title: parsed.title,
    date: parsed.date,
    source: parsed.source,
    contentHash: parsed.content_hash,
    chunks: parsed.chunk_count,
  };
  if (parsed.format !== null) summary.format = parsed.format;
  return summary;
}

export function fromDocumentRow(row: unknown): SourceDocument {
  const parsed = documentRow.parse(row);
  const document: SourceDocument = {
    docId: parsed.doc_id,
    path: parsed.path,
    fileText: parsed.file_text,
    title: parsed.title,
    date: parsed.date,
    source: parsed.source,
    cleanText: parsed.clean_text,
    paragraphs: parsed.paragraphs,
    metadata: parsed.metadata,
  };
  if (parsed.format !== null) document.format = parsed.format;
  if (parsed.page_starts !== null) document.pageStarts = parsed.page_starts;
  return document;
}

export function fromChunkRow(row: unknown): Chunk {
  const parsed = chunkRow.parse(row);
  const chunk: Chunk = {
    chunkId: parsed.chunk_id,
    kind: parsed.kind === 'metadata' ? 'metadata' : 'body',
    docId: parsed.doc_id,
    title: parsed.title,
    date: parsed.date,
    source: parsed.source,
    text: parsed.text,
    start: parsed.start_offset,
    end: parsed.end_offset,
    sentences: parsed.sentences,
  };
  if (parsed.search_text !== null) chunk.searchText = parsed.search_text;
  return chunk;
}

/** pgvector's text form of a vector: `[0.1,0.2,…]`. */
export function toVectorText(vector: number[]): string {
  return `[${vector.join(',')}]`;
}
