/**
 * `LiveIndex` over the index opened at start-up: new chunks are embedded and
 * appended to the HNSW graph and the BM25 index (`add`), removed ones are
 * marked deleted (`remove`), and the document and chunk lists are swapped
 * for new arrays. The mutation runs synchronously after all awaits, so no
 * question ever sees half of it. The seeds folder stays the durable record:
 * the next start rebuilds the index from it.
 */
import { chunkDocuments, searchTextOf, type ChunkingOptions } from '../ingest/chunk-documents.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { createHybridRetriever } from '../retrieve/create-hybrid-retriever.js';
import type { IndexChange, IndexSnapshot, LiveIndex } from './live-index.js';
import type { OpenIndex } from './open-index.js';

export function createInPlaceIndex({
  index,
  documents,
  chunking,
}: {
  index: OpenIndex;
  documents: SourceDocument[];
  chunking: Required<ChunkingOptions>;
}): LiveIndex {
  const { vectorStore, lexical, embedder } = index;
  if (!vectorStore.add || !vectorStore.remove)
    throw new Error('This vector store cannot be updated in place.');
  // Chunk by position (the label in both rankers); removed chunks leave a hole.
  let slots: (Chunk | undefined)[] = [...index.chunks];
  const listeners: ((snapshot: IndexSnapshot) => void)[] = [];
  const snapshotOf = (documentList: SourceDocument[], version: number): IndexSnapshot => ({
    documents: documentList,
    chunks: slots.filter((chunk): chunk is Chunk => chunk !== undefined),
    // Holes are never returned by the rankers (removed from both); the retriever skips unknown positions.
    retriever: createHybridRetriever({ chunks: slots as Chunk[], embedder, vectorStore, lexical }),
    version,
  });
  let snapshot = snapshotOf(documents, 0);
  let queue: Promise<unknown> = Promise.resolve();

  async function applyNow({ upsert = [], remove = [] }: IndexChange): Promise<IndexSnapshot> {
    const added = chunkDocuments(upsert, chunking);
    const vectors = added.length > 0 ? await embedder.embedDocuments(added.map(searchTextOf)) : [];
    // From here on, synchronous: the swap is atomic for readers.
    const leaving = new Set([...remove, ...upsert.map((document) => document.docId)]);
    const nextSlots = [...slots];
    nextSlots.forEach((chunk, position) => {
      if (!chunk || !leaving.has(chunk.docId)) return;
      vectorStore.remove!(position);
      lexical.remove(position);
      nextSlots[position] = undefined;
    });
    added.forEach((chunk, offset) => {
      const position = nextSlots.length;
      vectorStore.add!(vectors[offset]!, position);
      lexical.add(chunk, position);
      nextSlots[position] = chunk;
    });
    slots = nextSlots;
    const kept = snapshot.documents.filter((document) => !leaving.has(document.docId));
    snapshot = snapshotOf([...kept, ...upsert], snapshot.version + 1);
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
