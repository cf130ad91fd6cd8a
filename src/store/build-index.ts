/**
 * Builds the whole index from documents: chunks, lexicon, embeddings, then
 * the embedded store (SQLite + HNSW graph) and the manifest. Written into a
 * temporary folder and renamed into place, so readers never see a
 * half-built index. A later change of one document does not come here: it
 * updates the store in place (`sync-index.ts`, `create-in-place-index.ts`).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { searchTextOf, type ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import {
  compactWordVectors,
  corpusWordsOf,
  loadPackagedWordVectors,
  saveWordVectors,
  type WordVectors,
} from '../embed/word-vectors.js';
import { chunkEach, createDocumentRecords } from './create-document-records.js';
import { describeFile } from './file-integrity.js';
import { startHnswBuildThread } from './hnsw-build-thread.js';
import { MANIFEST_VERSION, type IndexManifest } from './index-manifest.js';
import { indexPaths, PREVIOUS_INFIX, TEMPORARY_PREFIX } from './index-files.js';
import {
  openSqliteCorpusStore,
  type FileStamp,
  type SqliteCorpusStoreOptions,
} from './sqlite-corpus-store.js';
import { DEFAULT_HNSW, type HnswParameters } from './vector-store.js';

export interface BuildProgress {
  /** `read`: article files read and cleaned (reported by `loadDocuments`). */
  stage: 'read' | 'chunk' | 'lexicon' | 'embed' | 'graph' | 'write';
  done: number;
  total: number;
}

export interface BuildIndexOptions {
  documents: SourceDocument[];
  indexDir: string;
  embedderSpec: EmbedderSpec;
  chunking: Required<ChunkingOptions>;
  hnsw?: HnswParameters;
  /** Full word vectors to cut the lexicon from (injected by tests). */
  loadSourceVectors?: () => Promise<WordVectors>;
  onProgress?: (progress: BuildProgress) => void;
  batchSize?: number;
  /** Documents written to the store per transaction. */
  writeBatch?: number;
  /**
   * Documents of the first transaction: few, so the graph's thread gets its first vectors at
   * once instead of after a whole batch's writes (≈ 0.7 s at 100k, on the build's critical path).
   */
  firstWriteBatch?: number;
  /**
   * The seeds files the documents were read from (`stampsOf`): the next start need not read
   * them. A function is called once every document is written, while the graph's thread
   * finishes, with each document's content hash as written: a stamp holds it, and
   * hashing every document again cost the build ≈ 0.8 s of CPU at 100k chunks.
   */
  files?: FileStamp[] | ((contentHashes: ReadonlyMap<SourceDocument, string>) => FileStamp[]);
  /** The graph the store is filled into (default: on a thread of its own; tests watch it). */
  createGraph?: SqliteCorpusStoreOptions['createGraph'];
}

/** Builds and atomically installs the index; returns its manifest. */
export async function buildIndex({
  documents,
  indexDir,
  embedderSpec,
  chunking,
  hnsw = DEFAULT_HNSW,
  loadSourceVectors = loadPackagedWordVectors,
  onProgress = () => {},
  batchSize = 64,
  writeBatch = 500,
  firstWriteBatch = Math.min(writeBatch, 20),
  files = [],
  createGraph = startHnswBuildThread,
}: BuildIndexOptions): Promise<IndexManifest> {
  const chunksOf = chunkEach(documents, chunking);
  const chunkCount = chunksOf.reduce((sum, chunks) => sum + chunks.length, 0);
  onProgress({ stage: 'chunk', done: chunkCount, total: chunkCount });

  onProgress({ stage: 'lexicon', done: 0, total: 1 });
  const texts = chunksOf.flat().map(searchTextOf);
  // A fit cuts the corpus's words out of the full vectors itself (it tokenizes every text).
  const fitted = embedderSpec.fit
    ? await embedderSpec.fit({ lexicon: await loadSourceVectors(), texts })
    : { lexicon: compactWordVectors(await loadSourceVectors(), corpusWordsOf(texts)) };
  const { lexicon, embeddingOf } = fitted;
  onProgress({ stage: 'lexicon', done: 1, total: 1 });

  const embedder = await embedderSpec.create({ lexicon });
  const folder = `${TEMPORARY_PREFIX}${process.pid}-${Date.now()}`;
  const temporary = indexPaths(indexDir, folder);
  const final = indexPaths(indexDir);
  await mkdir(temporary.root, { recursive: true });
  try {
    const store = await openSqliteCorpusStore({
      dir: temporary.store,
      hnsw,
      deferGraphSaves: true,
      // HNSW insertion on the other core while this thread embeds and writes SQLite.
      createGraph,
    });
    const settings = {
      embedder: { id: embedder.id, dimension: embedder.dimension, settings: embedderSpec.settings },
      chunking,
    };
    let lexiconFile: Awaited<ReturnType<typeof describeFile>> | undefined;
    try {
      await store.clear(settings);
      let written = 0;
      const contentHashes = new Map<SourceDocument, string>();
      for (let start = 0, end = firstWriteBatch; start < documents.length;) {
        const batchChunks = chunksOf.slice(start, end);
        const first = written;
        const records = await createDocumentRecords({
          documents: documents.slice(start, end),
          chunksOf: batchChunks,
          embedder,
          // The fit embedded every chunk already (texts are in chunk order).
          ...(embeddingOf && {
            vectors: batchChunks.flat().map((_, index) => embeddingOf(first + index)),
          }),
          batchSize,
          onEmbedded: (done) =>
            onProgress({ stage: 'embed', done: written + done, total: chunkCount }),
        });
        for (const record of records) contentHashes.set(record.document, record.contentHash);
        const size = records.reduce((sum, record) => sum + record.chunks.length, 0);
        await store.apply({ upsert: records });
        written += size;
        onProgress({ stage: 'graph', done: written, total: chunkCount });
        [start, end] = [end, end + writeBatch];
      }
      store.writeFileStamps(typeof files === 'function' ? files(contentHashes) : files);
      // While the graph's thread finishes (`close` waits for it), not after it.
      await saveWordVectors(lexicon, temporary.lexicon);
      lexiconFile = await describeFile(temporary.lexicon);
    } finally {
      await store.close();
    }
    const manifest: IndexManifest = {
      version: MANIFEST_VERSION,
      builtAt: new Date().toISOString(),
      embedder: settings.embedder,
      chunking,
      hnsw,
      documents: documents.length,
      chunks: chunkCount,
      integrity: { 'lexicon.bin': lexiconFile! },
    };
    await writeFile(temporary.manifest, JSON.stringify(manifest, null, 2));
    const previous = `${final.root}${PREVIOUS_INFIX}${process.pid}`;
    await rename(final.root, previous).catch(() => {});
    await rename(temporary.root, final.root);
    await rm(previous, { recursive: true, force: true });
    onProgress({ stage: 'write', done: 1, total: 1 });
    return manifest;
  } catch (error) {
    await rm(temporary.root, { recursive: true, force: true });
    throw error;
  }
}
