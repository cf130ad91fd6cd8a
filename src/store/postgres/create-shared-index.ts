/**
 * `LiveIndex` over a corpus that several servers share in PostgreSQL. The
 * database is the record: a change made here is embedded, written as one
 * transaction, and the snapshot reloaded from the database; a change made
 * by another server (an upload, `npm run index`) is noticed by polling the
 * corpus generation, one cheap query every `pollMs`, and loaded the same
 * way. Readers keep the snapshot they started a question with.
 */
import type { ChunkingOptions } from '../../ingest/chunk-documents.js';
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import type { Logger } from '../../log/logger.js';
import { createHybridRetriever } from '../../retrieve/create-hybrid-retriever.js';
import { writeDocuments } from '../create-document-records.js';
import type { IndexChange, IndexSnapshot, LiveIndex } from '../live-index.js';
import type { OpenIndex } from '../open-index.js';
import { loadCorpusSnapshot, type CorpusSnapshot } from './load-corpus-snapshot.js';
import { readGeneration } from './postgres-corpus-store.js';
import type { SqlDatabase } from './sql-database.js';

export interface SharedIndex extends LiveIndex {
  /** Loads the corpus again if another server changed it; true when it did. */
  refresh(): Promise<boolean>;
  /** Stops polling. */
  close(): void;
}

export function createSharedIndex({
  index,
  database,
  snapshot: initial,
  chunking,
  logger,
  pollMs = 2000,
}: {
  index: Pick<OpenIndex, 'store' | 'embedder'>;
  database: SqlDatabase;
  /** What `ensurePostgresIndex` loaded. */
  snapshot: CorpusSnapshot;
  chunking: Required<ChunkingOptions>;
  logger: Logger;
  /** How often to look for other servers' changes; 0 turns polling off. */
  pollMs?: number;
}): SharedIndex {
  const { store, embedder } = index;
  const listeners: ((snapshot: IndexSnapshot) => void)[] = [];
  let generation = initial.generation;
  const snapshotOf = (documents: SourceDocument[], chunks: Chunk[], version: number) => {
    const byId = new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
    return {
      documents,
      chunks,
      retriever: createHybridRetriever({ store, embedder, chunkById: (id) => byId.get(id) }),
      version,
    };
  };
  let snapshot: IndexSnapshot = snapshotOf(initial.documents, initial.chunks, 0);
  // Changes and reloads take turns, so a reload never overtakes a write.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  async function reload(): Promise<IndexSnapshot> {
    const loaded = await loadCorpusSnapshot(database);
    generation = loaded.generation;
    snapshot = snapshotOf(loaded.documents, loaded.chunks, snapshot.version + 1);
    for (const listener of listeners) listener(snapshot);
    return snapshot;
  }

  async function applyNow({ upsert = [], remove = [] }: IndexChange): Promise<IndexSnapshot> {
    await writeDocuments({ store, embedder, chunking, upsert, remove });
    return reload();
  }

  const refresh = () =>
    inTurn(async () => {
      if ((await readGeneration(database)) === generation) return false;
      await reload();
      return true;
    });

  const timer =
    pollMs > 0
      ? setInterval(() => {
          refresh().catch((error: unknown) =>
            logger.warn('could not check the shared corpus for changes', {
              error: error instanceof Error ? error.message : String(error),
            }),
          );
        }, pollMs)
      : undefined;
  timer?.unref();

  return {
    current: () => snapshot,
    apply: (change) => inTurn(() => applyNow(change)),
    onChange(listener) {
      listeners.push(listener);
    },
    refresh,
    close() {
      if (timer) clearInterval(timer);
    },
  };
}
