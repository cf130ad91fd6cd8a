/**
 * The seam for changing the corpus while the server runs: readers take one
 * consistent snapshot per question; writers apply a change (documents added,
 * replaced or removed) that becomes visible all at once. A later storage
 * rewrite replaces the implementation (`create-in-place-index.ts`), not this.
 */
import type { Chunk, Retriever, SourceDocument } from '../ingest/document-types.js';

/** What readers see: documents, their chunks and a retriever over exactly those. */
export interface IndexSnapshot {
  documents: SourceDocument[];
  chunks: Chunk[];
  retriever: Retriever;
  /** Bumped by every applied change. */
  version: number;
}

export interface IndexChange {
  /** Added, or replacing the document with the same id. */
  upsert?: SourceDocument[];
  /** Ids of documents to remove. */
  remove?: string[];
}

export interface LiveIndex {
  current(): IndexSnapshot;
  /**
   * Applies a change: everything that can fail (chunking, embedding) runs
   * first, then the new snapshot replaces the old in one step, so a failure
   * leaves the index as it was. Changes are applied one at a time.
   */
  apply(change: IndexChange): Promise<IndexSnapshot>;
  /** Called after each applied change, before `apply` resolves. */
  onChange(listener: (snapshot: IndexSnapshot) => void): void;
}
