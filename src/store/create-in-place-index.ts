/**
 * `LiveIndex` over the open store: a change is chunked and embedded first
 * (a failure there changes nothing), then written to the store as one atomic
 * change (SQLite transaction + graph update), then the readers' document and
 * chunk lists are swapped for new arrays. The store is the durable record: a
 * restart opens it as it was left, and the seeds folder is synced against it.
 */
import type { ChunkingOptions } from '../ingest/chunk-documents.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { createHybridRetriever } from '../retrieve/create-hybrid-retriever.js';
import { writeDocuments } from './create-document-records.js';
import type { IndexChange, IndexSnapshot, LiveIndex } from './live-index.js';
import type { OpenIndex } from './open-index.js';

export function createInPlaceIndex({
  index,
  documents,
  chunking,
  retrieveFromStore = false,
}: {
  index: Pick<OpenIndex, 'store' | 'embedder' | 'chunks'>;
  documents: SourceDocument[];
  chunking: Required<ChunkingOptions>;
  /** Retrieved chunks are read from the store, not looked up in `chunks` (ids only, `openIndex` lazy). */
  retrieveFromStore?: boolean;
}): LiveIndex {
  const { store, embedder } = index;
  const listeners: ((snapshot: IndexSnapshot) => void)[] = [];
  const snapshotOf = (
    documentList: SourceDocument[],
    chunks: Chunk[],
    version: number,
  ): IndexSnapshot => {
    const byId = retrieveFromStore
      ? new Map<string, Chunk>()
      : new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
    return {
      documents: documentList,
      chunks,
      retriever: createHybridRetriever({ store, embedder, chunkById: (id) => byId.get(id) }),
      version,
    };
  };
  let snapshot = snapshotOf(documents, index.chunks, 0);
  let queue: Promise<unknown> = Promise.resolve();

  async function applyNow({ upsert = [], remove = [] }: IndexChange): Promise<IndexSnapshot> {
    const records = await writeDocuments({ store, embedder, chunking, upsert, remove });
    const leaving = new Set([...remove, ...upsert.map((document) => document.docId)]);
    const kept = snapshot.documents.filter((document) => !leaving.has(document.docId));
    const chunks = [
      ...snapshot.chunks.filter((chunk) => !leaving.has(chunk.docId)),
      ...records.flatMap((record) => record.chunks),
    ];
    snapshot = snapshotOf([...kept, ...upsert], chunks, snapshot.version + 1);
    for (const listener of listeners) listener(snapshot);
    return snapshot;
  }

  return {
    current: () => snapshot,
    apply(change) {
      const result = queue.then(() => applyNow(change));
      queue = result.catch(() => undefined);
      return result;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
