/**
 * Opens the index, building it first when it is missing, damaged, or was
 * made with another embedder or chunking; otherwise documents that changed
 * in the seeds folder are updated in place (only they are re-embedded). When
 * most of the corpus changed, a full build is cheaper and refits the lexicon.
 */
import type { ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import type { Logger } from '../log/logger.js';
import { AppError } from '../errors/app-error.js';
import { buildIndex, type BuildIndexOptions } from './build-index.js';
import { cleanIndexFolder } from './clean-index-folder.js';
import { MANIFEST_VERSION, staleReason } from './index-manifest.js';
import { loadCorpusChunks } from './load-corpus-chunks.js';
import { openIndex, readManifest, readManifestVersion, type OpenIndex } from './open-index.js';
import { applyPendingChanges, findPendingChanges } from './sync-index.js';

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
}

/** Why the index must be fully (re)built, or null when it can be opened and updated in place. */
export async function indexStaleness(options: EnsureIndexOptions): Promise<string | null> {
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
export async function ensureIndex(options: EnsureIndexOptions): Promise<OpenIndex> {
  const { logger, indexDir, documents, rebuildShare = 0.5 } = options;
  const removed = await cleanIndexFolder(indexDir);
  if (removed.length > 0)
    logger.info(`removed leftovers of an interrupted build in ${indexDir}`, { folders: removed });
  const reason = await indexStaleness(options).catch(damageReason);
  if (reason) {
    await build(options, reason);
    return open(options);
  }
  let index: OpenIndex;
  try {
    index = await open(options);
  } catch (error) {
    // A damaged index is never served: rebuilt from the seeds, which are at hand here.
    await build(options, damageReason(error));
    return open(options);
  }
  const changes = await findPendingChanges(index, documents);
  const changed = changes.upsert.length + changes.remove.length;
  if (changed === 0) return index;
  if (changed >= 20 && changed > documents.length * rebuildShare) {
    await index.store.close();
    await build(options, `${changed} of ${documents.length} documents changed`);
    return open(options);
  }
  const started = performance.now();
  const embedded = await applyPendingChanges(index, changes, options.chunking);
  logger.info(
    `index updated in place: ${changes.upsert.length} added or changed, ${changes.remove.length} removed (${embedded} chunks embedded, ${Math.round(performance.now() - started)} ms)`,
  );
  return { ...index, chunks: await loadCorpusChunks(index.store) };
}

function open(options: EnsureIndexOptions): Promise<OpenIndex> {
  return openIndex({
    indexDir: options.indexDir,
    embedderSpec: options.embedderSpec,
    ...(options.efSearch === undefined ? {} : { efSearch: options.efSearch }),
    onGraphRebuilt: (why) => options.logger.warn(`vector graph rebuilt from the store: ${why}`),
  });
}

function damageReason(error: unknown): string {
  if (error instanceof AppError && error.code === 'index_corrupt') return error.message;
  throw error;
}

async function build(options: EnsureIndexOptions, reason: string): Promise<void> {
  const log = reason.startsWith('The index') ? options.logger.warn : options.logger.info;
  log(`building index in ${options.indexDir}: ${reason}`);
  const manifest = await buildIndex(options);
  options.logger.info(`index built: ${manifest.documents} documents, ${manifest.chunks} chunks`);
}
