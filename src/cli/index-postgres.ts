/**
 * `npm run index` with DATABASE_URL: the shared corpus becomes exactly the
 * seeds folder (added, changed and removed documents; only changed ones
 * embedded), under the indexers' advisory lock, so runs on several machines
 * take turns and leave one consistent corpus.
 */
import type { Config, DatabaseConfig } from '../config/load-config.js';
import { embedderSpecFor } from '../deps.js';
import { loadDocuments } from '../ingest/load-documents.js';
import type { Logger } from '../log/logger.js';
import { ensurePostgresIndex } from '../store/postgres/ensure-postgres-index.js';
import { openDatabase } from '../store/postgres/open-database.js';
import type { BuildProgress } from '../store/build-index.js';

export async function indexIntoPostgres({
  config,
  database: databaseConfig,
  logger,
  onProgress,
}: {
  config: Config;
  database: DatabaseConfig;
  logger: Logger;
  onProgress: (progress: BuildProgress) => void;
}): Promise<void> {
  const database = await openDatabase({ database: databaseConfig, logger });
  try {
    const documents = await loadDocuments(config.seedsDir, {
      maxDocumentBytes: config.maxDocumentBytes,
      logger,
      onProgress,
    });
    const { index } = await ensurePostgresIndex({
      database,
      documents,
      embedderSpec: embedderSpecFor(config, logger),
      chunking: config.chunking,
      logger,
      removeMissing: true,
    });
    logger.info('corpus in PostgreSQL is up to date', {
      documents: index.manifest.documents,
      chunks: index.manifest.chunks,
      embedder: index.manifest.embedder.id,
    });
  } finally {
    await database.close();
  }
}
