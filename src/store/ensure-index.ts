/**
 * Opens the index, building it first when it is missing or no longer
 * matches the seeds or the configuration.
 */
import type { ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import type { Logger } from '../log/logger.js';
import { AppError } from '../errors/app-error.js';
import { buildIndex, describeFiles, type BuildIndexOptions } from './build-index.js';
import { cleanIndexFolder } from './clean-index-folder.js';
import { MANIFEST_VERSION, staleReason } from './index-manifest.js';
import { openIndex, readManifest, readManifestVersion, type OpenIndex } from './open-index.js';

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
}

/** Why the index must be (re)built, or null when it is fresh. */
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
    files: describeFiles(options.documents),
  });
}

/** Returns an open, fresh index, building it when needed or when it is damaged. */
export async function ensureIndex(options: EnsureIndexOptions): Promise<OpenIndex> {
  const { logger, indexDir } = options;
  const removed = await cleanIndexFolder(indexDir);
  if (removed.length > 0)
    logger.info(`removed leftovers of an interrupted build in ${indexDir}`, { folders: removed });
  const reason = await indexStaleness(options).catch(damageReason);
  if (reason) {
    await build(options, reason);
    return openIndex(options);
  }
  try {
    return await openIndex(options);
  } catch (error) {
    // A damaged index is never served: rebuilt from the seeds, which are at hand here.
    await build(options, damageReason(error));
    return openIndex(options);
  }
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
