/**
 * Opens the index, building it first when it is missing or no longer
 * matches the seeds or the configuration.
 */
import type { ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import type { Logger } from '../log/logger.js';
import { buildIndex, describeFiles, type BuildIndexOptions } from './build-index.js';
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

/** Returns an open, fresh index, building it when needed. */
export async function ensureIndex(options: EnsureIndexOptions): Promise<OpenIndex> {
  const reason = await indexStaleness(options);
  if (reason) {
    options.logger.info(`building index in ${options.indexDir}: ${reason}`);
    const manifest = await buildIndex(options);
    options.logger.info(`index built: ${manifest.documents} documents, ${manifest.chunks} chunks`);
  }
  return openIndex(options);
}
