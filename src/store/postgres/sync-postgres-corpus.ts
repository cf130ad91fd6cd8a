/**
 * One indexing run against PostgreSQL: documents whose content hash changed
 * or that are new are chunked, embedded and upserted; documents gone from
 * the folder are removed (by `npm run index`; a server starting only adds
 * and updates, since other servers and uploads add documents too); a change
 * of settings (embedder, chunking) rebuilds from empty.
 *
 * Indexers on several machines take turns on a session advisory lock, and
 * the change is applied only if the corpus is still the one the run
 * compared against (its generation): otherwise the run compares again. So
 * two runs at once leave one consistent corpus, the one of whichever ran
 * last, even where the lock cannot block (one-session PGlite).
 */
import { isDeepStrictEqual } from 'node:util';
import type { ChunkingOptions } from '../../ingest/chunk-documents.js';
import { chunkDocuments } from '../../ingest/chunk-documents.js';
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import type { CorpusSettings, DocumentRecord } from '../corpus-store.js';
import { hashDocument } from '../index-manifest.js';
import {
  applyIfGeneration,
  readGeneration,
  type PostgresCorpusStore,
} from './postgres-corpus-store.js';
import type { SqlDatabase } from './sql-database.js';

/** Advisory lock held for a whole indexing run ("indx"). */
export const INDEXER_LOCK = 1768841336;

export interface SyncDocumentsOptions {
  database: SqlDatabase;
  store: PostgresCorpusStore;
  documents: SourceDocument[];
  chunking: Required<ChunkingOptions>;
  /** One vector per chunk, in order (the configured embedder). */
  embedChunks: (chunks: Chunk[]) => Promise<number[][]>;
  /** Remove stored documents that `documents` does not hold. */
  removeMissing?: boolean;
  /** Attempts when another indexer changed the corpus meanwhile. */
  maxAttempts?: number;
}

export interface SyncResult {
  rebuilt: boolean;
  upserted: number;
  removed: number;
  embeddedChunks: number;
}

/** Brings the stored documents in line with `documents` (call it holding INDEXER_LOCK). */
export async function syncDocuments({
  database,
  store,
  documents,
  chunking,
  embedChunks,
  removeMissing = true,
  maxAttempts = 5,
}: SyncDocumentsOptions): Promise<Omit<SyncResult, 'rebuilt'>> {
  for (let attempt = 1; ; attempt += 1) {
    const generation = await readGeneration(database);
    const hashes = new Map(
      (await store.listDocuments()).map((summary) => [summary.docId, summary.contentHash]),
    );
    const present = new Set(documents.map((document) => document.docId));
    const changed = documents.filter(
      (document) => hashes.get(document.docId) !== hashDocument(document),
    );
    const remove = removeMissing ? [...hashes.keys()].filter((docId) => !present.has(docId)) : [];
    let embeddedChunks = 0;
    const upsert: DocumentRecord[] = [];
    for (const document of changed) {
      const chunks = chunkDocuments([document], chunking);
      upsert.push({
        document,
        contentHash: hashDocument(document),
        chunks,
        vectors: await embedChunks(chunks),
      });
      embeddedChunks += chunks.length;
    }
    if (upsert.length === 0 && remove.length === 0)
      return { upserted: 0, removed: 0, embeddedChunks: 0 };
    if (await applyIfGeneration(store, { upsert, remove }, generation))
      return { upserted: upsert.length, removed: remove.length, embeddedChunks };
    if (attempt >= maxAttempts)
      throw new Error(`the corpus kept changing under ${maxAttempts} indexing attempts`);
  }
}

/** A whole run: the lock, a rebuild when the settings differ, then `syncDocuments`. */
export async function syncPostgresCorpus(
  options: Omit<SyncDocumentsOptions, 'chunking'> & { settings: CorpusSettings },
): Promise<SyncResult> {
  const { database, store, settings } = options;
  return database.withSessionLock(INDEXER_LOCK, async () => {
    const stored = await store.readSettings();
    // Deep equality: jsonb does not keep the order of an object's keys.
    const rebuilt = !isDeepStrictEqual(stored, settings);
    if (rebuilt) await store.clear(settings);
    return { rebuilt, ...(await syncDocuments({ ...options, chunking: settings.chunking })) };
  });
}
