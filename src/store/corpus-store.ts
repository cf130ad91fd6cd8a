/**
 * The storage interface every backend implements (embedded SQLite + hnswlib,
 * PostgreSQL + pgvector): documents, chunks with offsets and metadata, their
 * vectors, lexical search, filters and atomic incremental updates. Everything
 * above the store (retrieval, the answer engine, the doors) talks to this,
 * never to a database. Chunks are addressed by `chunkId` (`docId#n`,
 * `docId#meta`); a backend keeps whatever row ids or graph labels it needs.
 *
 * Every method is async so a networked database can implement it; the
 * embedded backend answers from disk without holding text on the JS heap.
 */
import type {
  Chunk,
  CorpusFilters,
  DocumentMetadata,
  SourceDocument,
} from '../ingest/document-types.js';

/** Restricts a search to part of the corpus (defined with the retriever's options). */
export type { CorpusFilters };

/** A document's listing row: metadata without its text. */
export interface StoredDocumentSummary extends DocumentMetadata {
  /** `hashDocument`: SHA-256 of the text and what ingestion made of it (incremental updates compare it). */
  contentHash: string;
  chunks: number;
  format?: SourceDocument['format'];
}

/** One ranked chunk from a search, best first. */
export interface ChunkHit {
  chunkId: string;
  /** Lexical: BM25 (higher is better); dense: cosine similarity. */
  score: number;
}

/** What indexing one document produced: the document, its chunks, one vector per chunk. */
export interface DocumentRecord {
  document: SourceDocument;
  /** `hashDocument(document)` (opaque to the store: it stores and returns it). */
  contentHash: string;
  chunks: Chunk[];
  /** `vectors[i]` embeds `chunks[i]` (its `searchTextOf`). */
  vectors: number[][];
}

/** One atomic change: all of it becomes visible to readers at once, or none of it. */
export interface CorpusChange {
  /** Added, or replacing every chunk of the document with the same id. */
  upsert?: DocumentRecord[];
  /** Ids of documents to remove (unknown ids are ignored). */
  remove?: string[];
}

/**
 * How the stored vectors and chunks were made. A store whose settings differ
 * from the running configuration is rebuilt from scratch (`clear`), never
 * patched: vectors of two embedders or chunks of two sizes must not mix.
 */
export interface CorpusSettings {
  embedder: {
    id: string;
    dimension: number;
    settings: Record<string, string | number>;
  };
  chunking: { maxChars: number; overlapSentences: number };
}

export interface CorpusStore {
  /** `embedded` or `postgres`, for logs and health. */
  readonly kind: string;

  /** The settings the stored data was made with; null for an empty, never-written store. */
  readSettings(): Promise<CorpusSettings | null>;
  /** Removes every document, chunk and vector and records new settings (a full rebuild starts here). */
  clear(settings: CorpusSettings): Promise<void>;

  /** Every document's metadata and content hash, without text; in docId order. */
  listDocuments(): Promise<StoredDocumentSummary[]>;
  /** The whole document with its text, read on demand; undefined when unknown. */
  getDocument(docId: string): Promise<SourceDocument | undefined>;
  /** Chunks by id, in the order asked; unknown ids are skipped. */
  getChunks(chunkIds: string[]): Promise<Chunk[]>;
  /** Every chunk of one document, in chunk order (body chunks by position, then `#meta`). */
  getDocumentChunks(docId: string): Promise<Chunk[]>;
  counts(): Promise<{ documents: number; chunks: number }>;

  /**
   * BM25 over chunk text (and title), best first. The query is free text; the
   * backend tokenizes it with the shared tokenizer's terms (`lexicalTerms`).
   */
  searchLexical(options: {
    query: string;
    k: number;
    filters?: CorpusFilters;
  }): Promise<ChunkHit[]>;
  /** Nearest chunks to `vector` by cosine similarity, best first, only among chunks the filters allow. */
  searchVectors(options: {
    vector: number[];
    k: number;
    filters?: CorpusFilters;
  }): Promise<ChunkHit[]>;

  /**
   * Applies one change atomically: readers see the corpus before or after,
   * never between. Removing a document removes its chunks, vectors and
   * lexical rows. Fails without changing anything when a record is invalid
   * (a vector of the wrong dimension).
   */
  apply(change: CorpusChange): Promise<void>;

  /** Releases files, sockets and pools. The store must not be used afterwards. */
  close(): Promise<void>;
}
