/**
 * The embedded store's SQLite schema: documents and chunks (text, offsets,
 * metadata, vectors as float32 blobs), an FTS5 table of each chunk's
 * lexical terms, its rowid the chunk's HNSW label, how many chunks and
 * documents hold each lemma (the answer engine's corpus statistics, kept
 * at index time), the keys by which a question can name each document
 * (`documentKeys`, kept at index time so start-up reads no document text),
 * the size and time of each seeds-folder file last read (start-up reads
 * only files that changed), and each lexical term's postings
 * (`term_postings`). The text lives in the database file, not on the JS heap.
 */
import type Database from 'better-sqlite3';

/** Bumped when the tables change shape; an older database is rebuilt (or upgraded, below). */
export const SCHEMA_VERSION = 6;

/**
 * Older schemas this one upgrades in place: 4 lacks `document_keys`, which `SCHEMA`
 * creates and the store fills from the documents' text on opening; 4 and 5 have a
 * contentless-delete FTS5 table, made again on opening (`refillChunkTerms`).
 */
export const UPGRADABLE_SCHEMAS: ReadonlySet<string> = new Set(['4', '5']);

/**
 * Each chunk's lexical terms, its rowid the chunk's label. Contentless: a row is deleted with
 * FTS5's 'delete' command and the terms it was inserted with (the chunk's `body_terms` and
 * `title_terms`), which takes them out of FTS5's row count and column totals too. A
 * contentless-delete table (schemas 4 and 5) never did: its bm25() went on counting every row
 * ever deleted in N and the average lengths, so a store updated in place chose its lexical
 * candidates with figures a fresh build of the same chunks does not have.
 */
export const CHUNK_TERMS_SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5(
  body, title,
  content = '',
  tokenize = "unicode61 remove_diacritics 0 tokenchars ''''"
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_vocabulary USING fts5vocab(chunk_terms, 'col');
`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT,
  source TEXT,
  path TEXT NOT NULL,
  format TEXT,
  content_hash TEXT NOT NULL,
  chunk_count INTEGER NOT NULL,
  file_text TEXT NOT NULL,
  clean_text TEXT NOT NULL,
  paragraphs TEXT NOT NULL,
  metadata TEXT NOT NULL,
  page_starts TEXT,
  body_lemmas TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
  label INTEGER PRIMARY KEY,
  chunk_id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL REFERENCES documents(doc_id),
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentences TEXT NOT NULL,
  search_text TEXT,
  text TEXT NOT NULL,
  body_terms TEXT NOT NULL,
  title_terms TEXT NOT NULL,
  body_length INTEGER NOT NULL,
  title_length INTEGER NOT NULL,
  vector BLOB NOT NULL,
  lemmas TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lemma_counts (
  lemma TEXT PRIMARY KEY,
  chunks INTEGER NOT NULL,
  documents INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS document_keys (
  doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id),
  header TEXT NOT NULL,
  edges TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seed_files (
  doc_id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  sha256 TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
-- Holds the chunk ids too: start-up lists every chunk id in document order from this index
-- alone (about 20 ms at 100k chunks) instead of reading every chunk's row. A store made before
-- it (the index without chunk_id) gets it on opening.
DROP INDEX IF EXISTS chunks_by_document;
CREATE INDEX IF NOT EXISTS chunk_ids_by_document ON chunks(doc_id, ordinal, chunk_id);
-- Holds every column of the document list: start-up lists 10k documents from this index
-- (≈ 1 MB) instead of reading each document's row beside its text (≈ 40 MB at 100k chunks).
-- A store made before it gets it on opening.
CREATE INDEX IF NOT EXISTS document_summaries
  ON documents(doc_id, title, date, source, path, format, content_hash, chunk_count);
CREATE INDEX IF NOT EXISTS documents_by_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_by_date ON documents(date);
${CHUNK_TERMS_SCHEMA}
-- Each term's postings beside FTS5's (\`term-postings.ts\`): what bm25() reads of each match, one
-- blob a term, so a search ranks FTS5's way without FTS5 decoding every match. A store made
-- before it gets it filled on opening (the meta key 'postings' says which state it describes).
CREATE TABLE IF NOT EXISTS term_postings (
  term TEXT NOT NULL,
  segment INTEGER NOT NULL,
  postings BLOB NOT NULL,
  PRIMARY KEY (term, segment)
) WITHOUT ROWID;
`;

/** Opens the pragmas the store relies on: WAL (readers never block on a writer), bounded cache. */
export function configureDatabase(database: Database.Database): void {
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('cache_size = -32000');
  database.pragma('temp_store = MEMORY');
}
