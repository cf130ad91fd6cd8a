/**
 * Opens a built index, validating what it reads back: the manifest (zod),
 * the lexicon file (checksum), the store (its schema, its settings against
 * the manifest, its graph against the database). A damaged index is refused
 * with a clear error instead of failing later mid-question.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../errors/app-error.js';
import type { Chunk } from '../ingest/document-types.js';
import type { Embedder } from '../embed/embedder.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import type { WordVectors } from '../embed/word-vectors.js';
import { openWordVectorsFile, type WordVectorsFile } from '../embed/open-word-vectors-file.js';
import type { CorpusStore, StoredDocumentSummary } from './corpus-store.js';
import { findIntegrityProblem } from './file-integrity.js';
import { manifestSchema, type IndexManifest } from './index-manifest.js';
import { indexPaths, integrityPaths } from './index-files.js';
import { loadCorpusChunks } from './load-corpus-chunks.js';
import { openSqliteCorpusStore, type SqliteCorpusStore } from './sqlite-corpus-store.js';
import { createStoredCorpus } from './stored-corpus.js';

export interface OpenIndex {
  manifest: IndexManifest;
  /** Documents, chunks, vectors and lexical search. */
  store: CorpusStore;
  /** Every chunk's metadata and offsets, for the answer engine; follows live changes. */
  chunks: Chunk[];
  lexicon: WordVectors;
  embedder: Embedder;
  /** Bytes of the index files on disk. */
  bytes: number;
}

/** An open index of the embedded store, which also answers synchronously. */
export type EmbeddedIndex = OpenIndex & {
  store: SqliteCorpusStore;
  /** The store's documents as listed on opening (lazy chunks), for start-up not to list them again. */
  listed?: StoredDocumentSummary[];
};

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
  onGraphRebuilt,
  chunks: chunksMode = 'full',
  graphInBackground = false,
  documentKeysAhead = false,
}: {
  indexDir: string;
  embedderSpec: EmbedderSpec;
  /** Search breadth; defaults to the one recorded in the manifest. */
  efSearch?: number;
  /** Told when the saved graph was damaged or behind and was rebuilt from the store. */
  onGraphRebuilt?: (reason: string) => void;
  /** Every chunk on the heap, or ids and metadata only with the rest read on use. */
  chunks?: 'full' | 'lazy';
  /** Return before the graph is read (`SqliteCorpusStoreOptions.graphInBackground`). */
  graphInBackground?: boolean;
  /** Start reading the document keys on the lexical thread (`SqliteCorpusStoreOptions.documentKeysAhead`). */
  documentKeysAhead?: boolean;
}): Promise<EmbeddedIndex> {
  const paths = indexPaths(indexDir);
  const manifest = await readManifest(indexDir);
  if (!manifest)
    throw new AppError(
      'index_missing',
      `No index in ${indexDir}. Build it with \`npm run index\`.`,
    );
  const files = integrityPaths(indexDir);
  // The lexicon is read once whole for its checksum; its vectors are then read on use, so
  // the server holds the few it needs, not the file's 20 MB (open-word-vectors-file.ts).
  let lexiconFile: WordVectorsFile;
  try {
    lexiconFile = openWordVectorsFile(files['lexicon.bin']);
  } catch (error) {
    throw corrupt(indexDir, 'lexicon.bin: missing', error);
  }
  const problem = findIntegrityProblem(lexiconFile, manifest.integrity['lexicon.bin']);
  if (problem !== null) {
    lexiconFile.close();
    throw corrupt(indexDir, `lexicon.bin: ${problem}`);
  }
  let lexicon: WordVectors;
  try {
    lexicon = lexiconFile.wordVectors();
  } catch (error) {
    throw error instanceof AppError ? error : corrupt(indexDir, 'lexicon.bin unreadable', error);
  }
  let store: Awaited<ReturnType<typeof openSqliteCorpusStore>>;
  try {
    store = await openSqliteCorpusStore({
      dir: paths.store,
      hnsw: manifest.hnsw,
      efSearch: efSearch ?? manifest.hnsw.efSearch,
      graphInBackground,
      documentKeysAhead,
      ...(onGraphRebuilt ? { onGraphRebuilt } : {}),
    });
  } catch (error) {
    throw corrupt(
      indexDir,
      `corpus.db: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  }
  try {
    const settings = await store.readSettings();
    if (
      !settings ||
      JSON.stringify(settings) !==
        JSON.stringify({ embedder: manifest.embedder, chunking: manifest.chunking })
    )
      throw corrupt(indexDir, 'corpus.db was not built with the manifest’s settings');
    const embedder = await embedderSpec.create({ lexicon });
    if (embedder.dimension !== manifest.embedder.dimension)
      throw corrupt(indexDir, 'embedder dimension differs');
    const listed = chunksMode === 'lazy' ? await store.listDocuments() : undefined;
    const chunks = listed
      ? createStoredCorpus(store).chunks(listed)
      : await loadCorpusChunks(store);
    return {
      manifest,
      store,
      chunks,
      ...(listed ? { listed } : {}),
      lexicon,
      embedder,
      bytes: store.bytes() + manifest.integrity['lexicon.bin'].bytes,
    };
  } catch (error) {
    await store.close().catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw corrupt(
      indexDir,
      `corpus.db: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  }
}
