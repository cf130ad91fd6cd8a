/**
 * Brings an open index up to date with the seeds folder in place: documents
 * whose content hash changed, or that are new, are chunked, embedded and
 * upserted; documents no longer in the folder are removed; the rest is not
 * touched (not re-read from the store, not re-embedded). One atomic change.
 */
import type { ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import { writeDocuments } from './create-document-records.js';
import { hashDocument } from './index-manifest.js';
import type { StoredDocumentSummary } from './corpus-store.js';
import type { OpenIndex } from './open-index.js';

export interface PendingChanges {
  upsert: SourceDocument[];
  remove: string[];
}

/** What differs between the store and `documents`, by docId and content hash. */
export async function findPendingChanges(
  index: Pick<OpenIndex, 'store'>,
  documents: SourceDocument[],
  /** Ids of documents taken from the store itself (their files unchanged): not hashed again. */
  unchanged: ReadonlySet<string> = new Set(),
  /** The store's documents when the caller has just listed them. */
  listed?: StoredDocumentSummary[],
): Promise<PendingChanges> {
  const stored = new Map(
    (listed ?? (await index.store.listDocuments())).map((document) => [
      document.docId,
      document.contentHash,
    ]),
  );
  const present = new Set(documents.map((document) => document.docId));
  return {
    upsert: documents.filter(
      (document) =>
        !(unchanged.has(document.docId) && stored.has(document.docId)) &&
        stored.get(document.docId) !== hashDocument(document),
    ),
    remove: [...stored.keys()].filter((docId) => !present.has(docId)),
  };
}

/** Applies `changes` to the store; returns how many chunks were embedded. */
export async function applyPendingChanges(
  index: Pick<OpenIndex, 'store' | 'embedder'>,
  changes: PendingChanges,
  chunking: Required<ChunkingOptions>,
): Promise<number> {
  if (changes.upsert.length === 0 && changes.remove.length === 0) return 0;
  const records = await writeDocuments({
    store: index.store,
    embedder: index.embedder,
    chunking,
    upsert: changes.upsert,
    remove: changes.remove,
  });
  return records.reduce((sum, record) => sum + record.chunks.length, 0);
}
