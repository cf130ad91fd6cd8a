/**
 * `npm run index`: rebuilds the index from the seeds, with progress (with
 * DATABASE_URL: syncs the shared corpus in PostgreSQL instead).
 */
import { loadConfig } from '../config/load-config.js';
import { embedderSpecFor } from '../deps.js';
import { loadPackagedWordVectors, type WordVectors } from '../embed/word-vectors.js';
import { loadLibrary } from '../ingest/formats/library-files.js';
import { stampsOf } from '../store/open-seeds-index.js';
import { createLogger } from '../log/logger.js';
import { buildIndex } from '../store/build-index.js';
import { cleanIndexFolder } from '../store/clean-index-folder.js';
import { indexIntoPostgres } from './index-postgres.js';
import { renderProgress } from './render-progress.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  if (config.database) {
    await indexIntoPostgres({
      config,
      database: config.database,
      logger,
      onProgress: renderProgress(),
    });
    return;
  }
  const started = performance.now();
  // The packaged word vectors (307 MB of JSON) are parsed on a thread of their own while this
  // one reads, cleans and chunks the articles. Awaited by the build (a failure surfaces there).
  let sourceVectors: Promise<WordVectors> | null = loadPackagedWordVectors();
  sourceVectors.catch(() => {});
  // Handed over once, not held: the full vectors are garbage once the lexicon is cut from them.
  const takeSourceVectors = () => {
    const loading = sourceVectors ?? loadPackagedWordVectors();
    sourceVectors = null;
    return loading;
  };
  // INDEX_DIR must be a folder; leftovers of a killed build go before a new one starts.
  await cleanIndexFolder(config.indexDir);
  const onProgress = renderProgress();
  // Read as `npm start` reads them (every format), so the server's first start finds them unchanged.
  const library = await loadLibrary(config.seedsDir, {
    maxDocumentBytes: config.maxDocumentBytes,
    logger,
    onProgress,
  });
  const documents = library.map((entry) => entry.document);
  logger.info(
    `indexing ${documents.length} documents from ${config.seedsDir} into ${config.indexDir}`,
  );
  const manifest = await buildIndex({
    documents,
    indexDir: config.indexDir,
    embedderSpec: embedderSpecFor(config, logger),
    chunking: config.chunking,
    onProgress,
    loadSourceVectors: takeSourceVectors,
    files: (contentHashes) => stampsOf(library, [], contentHashes),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`index built in ${seconds}s`, {
    documents: manifest.documents,
    chunks: manifest.chunks,
    embedder: manifest.embedder.id,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `indexing failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
