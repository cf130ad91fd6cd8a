/**
 * Opens the index, building it first when it is missing, damaged, or was
 * made with another embedder or chunking; otherwise documents that changed
 * in the seeds folder are updated in place (only they are re-embedded). When
 * most of the corpus changed, a full build is cheaper and refits the lexicon.
 * When the stored documents were made by another ingest version, any of them
 * that comes out different also rebuilds: the index is then what a fresh
 * build of the same files is, its lexicon fitted to them (an update in place
 * keeps the fit of the corpus the older ingestion made, and answers differed).
 */
import type { ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import type { Logger } from '../log/logger.js';
import { AppError } from '../errors/app-error.js';
import { buildIndex, type BuildIndexOptions } from './build-index.js';
import type { StoredDocumentSummary } from './corpus-store.js';
import { cleanIndexFolder } from './clean-index-folder.js';
import { MANIFEST_VERSION, staleReason } from './index-manifest.js';
import { loadCorpusChunks } from './load-corpus-chunks.js';
import { openIndex, readManifest, readManifestVersion, type EmbeddedIndex } from './open-index.js';
import { applyPendingChanges, findPendingChanges } from './sync-index.js';
import { createStoredCorpus } from './stored-corpus.js';

export interface EnsureIndexOptions {
  documents: SourceDocument[];
  indexDir: string;
  embedderSpec: EmbedderSpec;
  chunking: Required<ChunkingOptions>;
  logger: Logger;
  onProgress?: BuildIndexOptions['onProgress'];
  loadSourceVectors?: BuildIndexOptions['loadSourceVectors'];
  /** Overrides the search breadth recorded in the manifest. */
  efSearch?: number;
  /** Above this share of changed documents (and at least 20 of them), rebuild instead of updating. */
  rebuildShare?: number;
  /** The index, already opened by `openFreshIndex` (start-up read the folder against it). */
  opened?: EmbeddedIndex;
  /** Ids of `documents` taken from that index, their files unchanged: not compared by hash. */
  unchanged?: ReadonlySet<string>;
  /** That index's documents, as listed when it was opened (not listed again). */
  listed?: StoredDocumentSummary[];
  /**
   * That index's documents were made by another ingest version (`INGEST_VERSION`), and
   * `documents` read again by this one: any change rebuilds instead of updating in place.
   */
  reingested?: boolean;
  /** Every chunk on the heap (`loadCorpusChunks`), or ids only, the rest read on use. Default: full. */
  chunks?: 'full' | 'lazy';
  /** Opened indexes read their graph in the background (`openIndex`); await `store.graphReady()`. */
  graphInBackground?: boolean;
  /** Opened indexes start reading the document keys on the lexical thread (`openIndex`). */
  documentKeysAhead?: boolean;
}

/**
 * The index as built, when it is there, undamaged and made with this embedder and chunking;
 * null when `ensureIndex` must build it. Start-up reads the seeds folder against it.
 */
export async function openFreshIndex(
  options: Omit<EnsureIndexOptions, 'documents'>,
): Promise<EmbeddedIndex | null> {
  const removed = await cleanIndexFolder(options.indexDir);
  if (removed.length > 0)
    options.logger.info(`removed leftovers of an interrupted build in ${options.indexDir}`, {
      folders: removed,
    });
  const reason = await indexStaleness(options).catch(damageReason);
  if (reason) return null;
  return open(options).catch((error: unknown) => {
    damageReason(error);
    return null;
  });
}

/** Why the index must be fully (re)built, or null when it can be opened and updated in place. */
export async function indexStaleness(
  options: Omit<EnsureIndexOptions, 'documents'>,
): Promise<string | null> {
  const version = await readManifestVersion(options.indexDir);
  if (version === null) return 'no index yet';
  if (version !== MANIFEST_VERSION)
    return `index format changed (${String(version)} → ${MANIFEST_VERSION})`;
  const manifest = await readManifest(options.indexDir);
  if (!manifest) return 'no index yet';
  return staleReason(manifest, {
    embedder: {
      id: options.embedderSpec.id,
      dimension: manifest.embedder.dimension,
      settings: options.embedderSpec.settings,
    },
    chunking: options.chunking,
  });
}

/** Returns an open index holding exactly `documents`, building or updating it as needed. */
export async function ensureIndex(options: EnsureIndexOptions): Promise<EmbeddedIndex> {
  const { logger, indexDir, documents, rebuildShare = 0.5 } = options;
  let index: EmbeddedIndex;
  if (options.opened) index = options.opened;
  else {
    const removed = await cleanIndexFolder(indexDir);
    if (removed.length > 0)
      logger.info(`removed leftovers of an interrupted build in ${indexDir}`, { folders: removed });
    const reason = await indexStaleness(options).catch(damageReason);
    if (reason) {
      await build(options, reason);
      return open(options);
    }
    try {
      index = await open(options);
    } catch (error) {
      // A damaged index is never served: rebuilt from the seeds, which are at hand here.
      await build(options, damageReason(error));
      return open(options);
    }
  }
  const changes = await findPendingChanges(index, documents, options.unchanged, options.listed);
  const changed = changes.upsert.length + changes.remove.length;
  if (changed === 0) return index;
  const rebuild = options.reingested
    ? `${changed} of ${documents.length} documents read differently by this ingest version`
    : changed >= 20 && changed > documents.length * rebuildShare
      ? `${changed} of ${documents.length} documents changed`
      : null;
  if (rebuild) {
    // Documents taken from this store read their text from it: copied before it closes.
    const copied = documents.map((document) =>
      options.unchanged?.has(document.docId) ? { ...document } : document,
    );
    await index.store.close();
    await build({ ...options, documents: copied }, rebuild);
    return open(options);
  }
  const started = performance.now();
  const embedded = await applyPendingChanges(index, changes, options.chunking);
  logger.info(
    `index updated in place: ${changes.upsert.length} added or changed, ${changes.remove.length} removed (${embedded} chunks embedded, ${Math.round(performance.now() - started)} ms)`,
  );
  // The documents listed on opening are no longer the store's.
  const { listed: _before, ...updated } = index;
  return { ...updated, chunks: await loadChunks(index, options.chunks) };
}

function open(options: Omit<EnsureIndexOptions, 'documents'>): Promise<EmbeddedIndex> {
  return openIndex({
    indexDir: options.indexDir,
    embedderSpec: options.embedderSpec,
    chunks: options.chunks ?? 'full',
    graphInBackground: options.graphInBackground ?? false,
    documentKeysAhead: options.documentKeysAhead ?? false,
    ...(options.efSearch === undefined ? {} : { efSearch: options.efSearch }),
    onGraphRebuilt: (why) => options.logger.warn(`vector graph rebuilt from the store: ${why}`),
  });
}

function damageReason(error: unknown): string {
  if (error instanceof AppError && error.code === 'index_corrupt') return error.message;
  throw error;
}

async function loadChunks(index: EmbeddedIndex, chunks: EnsureIndexOptions['chunks'] = 'full') {
  return chunks === 'lazy'
    ? createStoredCorpus(index.store).chunks(await index.store.listDocuments())
    : loadCorpusChunks(index.store);
}

async function build(options: EnsureIndexOptions, reason: string): Promise<void> {
  const log = reason.startsWith('The index') ? options.logger.warn : options.logger.info;
  log(`building index in ${options.indexDir}: ${reason}`);
  const manifest = await buildIndex(options);
  options.logger.info(`index built: ${manifest.documents} documents, ${manifest.chunks} chunks`);
}
