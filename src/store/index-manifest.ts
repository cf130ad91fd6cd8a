/**
 * The index manifest: what an index was built with (embedder, chunking,
 * graph parameters), so that a change of configuration is noticed and the
 * index rebuilt. Which documents it holds, and their content hashes, live in
 * the store itself: a changed file is updated in place, not rebuilt.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SourceDocument } from '../ingest/document-types.js';
import { documentSentences } from '../ingest/chunk-documents.js';
import { fileIntegritySchema } from './file-integrity.js';

/** 4: documents, chunks and lexical search moved into the SQLite store. */
export const MANIFEST_VERSION = 4 as const;

/** The index files the manifest vouches for, by file name inside `data/`. */
export const INDEX_FILE_NAMES = ['lexicon.bin'] as const;
export type IndexFileName = (typeof INDEX_FILE_NAMES)[number];

export const manifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  builtAt: z.string(),
  embedder: z.object({
    id: z.string(),
    dimension: z.number().int().positive(),
    settings: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
  chunking: z.object({ maxChars: z.number().int(), overlapSentences: z.number().int() }),
  hnsw: z.object({
    m: z.number().int(),
    efConstruction: z.number().int(),
    efSearch: z.number().int(),
  }),
  /** Documents and chunks when the index was built (the store counts them since). */
  documents: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  /** SHA-256 and size of the files outside the store, checked when the index opens. */
  integrity: z.object({ 'lexicon.bin': fileIntegritySchema }),
});
export type IndexManifest = z.infer<typeof manifestSchema>;

/** SHA-256 of a file's text. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A document's content hash as the store records it: its text and what
 * ingestion made of it (title, date, source, paragraph, sentence and metadata
 * spans). A file whose text is unchanged but which a newer ingestion reads
 * differently (another sentence split) is re-indexed too, and only it.
 */
export function hashDocument(document: SourceDocument): string {
  const { fileText, title, date, source, paragraphs, metadata, format, pageStarts } = document;
  const sentences = documentSentences(document).map(({ start, end }) => [start, end]);
  return hashText(
    JSON.stringify([
      fileText,
      title,
      date,
      source,
      paragraphs,
      metadata,
      format,
      pageStarts,
      sentences,
    ]),
  );
}

/** What the index must have been built with to be reusable. */
export type IndexInputs = Pick<IndexManifest, 'embedder' | 'chunking'>;

/** Why `manifest` cannot be reused for `inputs` (a full rebuild), or null when it can. */
export function staleReason(manifest: IndexManifest, inputs: IndexInputs): string | null {
  const { embedder } = manifest;
  if (embedder.id !== inputs.embedder.id || embedder.dimension !== inputs.embedder.dimension) {
    return `embedder changed (${embedder.id} → ${inputs.embedder.id})`;
  }
  if (JSON.stringify(embedder.settings) !== JSON.stringify(inputs.embedder.settings)) {
    return 'embedder settings changed';
  }
  if (JSON.stringify(manifest.chunking) !== JSON.stringify(inputs.chunking))
    return 'chunking changed';
  return null;
}
