/**
 * Every chunk of the store, document by document, for the answer engine's
 * per-corpus structures (sentence lists, vocabulary). Works on any backend
 * through the interface.
 */
import type { Chunk } from '../ingest/document-types.js';
import type { CorpusStore } from './corpus-store.js';

export async function loadCorpusChunks(store: CorpusStore): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  for (const document of await store.listDocuments())
    chunks.push(...(await store.getDocumentChunks(document.docId)));
  return chunks;
}
