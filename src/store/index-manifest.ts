/**
 * The index manifest: what an index was built from, so that a change of
 * seeds or configuration is noticed and the index rebuilt.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fileIntegritySchema } from './file-integrity.js';

export const MANIFEST_VERSION = 3 as const;

/** The index files the manifest vouches for, by file name inside `data/`. */
export const INDEX_FILE_NAMES = [
  'chunks.json',
  'vectors.hnsw',
  'lexicon.bin',
  'lexical.json',
] as const;
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
  files: z.array(z.object({ docId: z.string(), name: z.string(), sha256: z.string() })),
  documents: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  /** SHA-256 and size of every other index file, checked when the index opens. */
  integrity: z.object(
    Object.fromEntries(INDEX_FILE_NAMES.map((name) => [name, fileIntegritySchema])) as Record<
      IndexFileName,
      typeof fileIntegritySchema
    >,
  ),
});
export type IndexManifest = z.infer<typeof manifestSchema>;

/** SHA-256 of a file's text. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the index must have been built from to be fresh. */
export type IndexInputs = Pick<IndexManifest, 'embedder' | 'chunking' | 'files'>;

/** Why `manifest` does not match `inputs`, or null when it does. */
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
  const built = new Map(manifest.files.map((file) => [file.docId, file.sha256]));
  const added = inputs.files.filter((file) => !built.has(file.docId));
  if (added.length > 0) return `new document ${added[0]!.name}`;
  if (inputs.files.length !== manifest.files.length) return 'a document was removed';
  const changed = inputs.files.find((file) => built.get(file.docId) !== file.sha256);
  if (changed) return `document changed: ${changed.name}`;
  return null;
}
