/**
 * Opens a built index, validating every file it reads back; a damaged index
 * is refused with a clear error instead of failing later mid-question.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { Chunk } from '../ingest/document-types.js';
import type { Embedder } from '../embed/embedder.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import { loadWordVectorsFile, type WordVectors } from '../embed/word-vectors.js';
import { loadLexicalRanker, type LexicalRanker } from '../retrieve/lexical-ranker.js';
import { loadHnswVectorStore } from './hnsw-vector-store.js';
import { findIntegrityProblem } from './file-integrity.js';
import { INDEX_FILE_NAMES, manifestSchema, type IndexManifest } from './index-manifest.js';
import { indexPaths, integrityPaths } from './index-files.js';
import type { VectorStore } from './vector-store.js';

export interface OpenIndex {
  manifest: IndexManifest;
  chunks: Chunk[];
  vectorStore: VectorStore;
  lexical: LexicalRanker;
  lexicon: WordVectors;
  embedder: Embedder;
  /** Bytes of the index files on disk. */
  bytes: number;
}

const span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const chunksSchema = z.array(
  span.extend({
    chunkId: z.string(),
    kind: z.enum(['body', 'metadata']),
    docId: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    text: z.string(),
    searchText: z.string().optional(),
    sentences: z.array(span),
  }),
);

function corrupt(indexDir: string, why: string, cause?: unknown): AppError {
  return new AppError(
    'index_corrupt',
    `The index in ${indexDir} is damaged or unreadable (${why}). Rebuild it with \`npm run index\`.`,
    { cause },
  );
}

async function readJson(path: string, indexDir: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw corrupt(indexDir, `cannot read ${path}`, error);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw corrupt(indexDir, `${path} is not valid JSON`, error);
  }
}

/** The manifest's format version, `null` when there is no index yet. */
export async function readManifestVersion(indexDir: string): Promise<unknown> {
  const paths = indexPaths(indexDir);
  const exists = await readFile(paths.manifest, 'utf8').then(
    () => true,
    () => false,
  );
  if (!exists) return null;
  const json = await readJson(paths.manifest, indexDir);
  return typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
}

/** Reads the manifest; `null` when there is no index yet. */
export async function readManifest(indexDir: string): Promise<IndexManifest | null> {
  const paths = indexPaths(indexDir);
  if ((await readManifestVersion(indexDir)) === null) return null;
  const parsed = manifestSchema.safeParse(await readJson(paths.manifest, indexDir));
  if (!parsed.success)
    throw corrupt(indexDir, `manifest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** Opens every part of the index under `indexDir`. */
export async function openIndex({
  indexDir,
  embedderSpec,
  efSearch,
}: {
  indexDir: string;
  embedderSpec: EmbedderSpec;
  /** Search breadth; defaults to the one recorded in the manifest. */
  efSearch?: number;
}): Promise<OpenIndex> {
  const paths = indexPaths(indexDir);
  const manifest = await readManifest(indexDir);
  if (!manifest)
    throw new AppError(
      'index_missing',
      `No index in ${indexDir}. Build it with \`npm run index\`.`,
    );
  // Every file is checked against the manifest before anything parses it.
  const files = integrityPaths(indexDir);
  for (const name of INDEX_FILE_NAMES) {
    const problem = await findIntegrityProblem(files[name], manifest.integrity[name]);
    if (problem !== null) throw corrupt(indexDir, `${name}: ${problem}`);
  }
  const bytes = INDEX_FILE_NAMES.reduce((sum, name) => sum + manifest.integrity[name].bytes, 0);
  const chunks = chunksSchema.safeParse(await readJson(paths.chunks, indexDir));
  if (!chunks.success || chunks.data.length !== manifest.chunks)
    throw corrupt(indexDir, 'chunks.json does not match the manifest');
  const lexicon = await loadWordVectorsFile(paths.lexicon).catch((error: unknown) => {
    throw error instanceof AppError ? error : corrupt(indexDir, 'lexicon.bin unreadable', error);
  });
  const vectorStore = await loadHnswVectorStore({
    path: paths.vectors,
    dimension: manifest.embedder.dimension,
    efSearch: efSearch ?? manifest.hnsw.efSearch,
    expect: { count: manifest.chunks, m: manifest.hnsw.m },
  }).catch((error: unknown) => {
    throw corrupt(
      indexDir,
      error instanceof Error && error.message.startsWith('vectors.hnsw')
        ? error.message
        : 'vectors.hnsw unreadable',
      error,
    );
  });
  if (vectorStore.size !== manifest.chunks)
    throw corrupt(indexDir, 'vector count does not match the manifest');
  const lexicalJson = await readFile(paths.lexical, 'utf8').catch((error: unknown) => {
    throw corrupt(indexDir, 'lexical.json missing', error);
  });
  let lexical: LexicalRanker;
  try {
    lexical = loadLexicalRanker(lexicalJson);
  } catch (error) {
    throw corrupt(indexDir, 'lexical.json unreadable', error);
  }
  const embedder = await embedderSpec.create({ lexicon });
  if (embedder.dimension !== manifest.embedder.dimension)
    throw corrupt(indexDir, 'embedder dimension differs');
  return { manifest, chunks: chunks.data, vectorStore, lexical, lexicon, embedder, bytes };
}
