-- The corpus: documents, chunks, their vectors (pgvector) and lexical terms (full text).
-- The vector column has no fixed dimension: the store creates the HNSW index for the
-- dimension of the embedder it is given (corpus_settings), on `embedding::vector(n)`.

CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS corpus_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  settings jsonb NOT NULL,
  generation bigint NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS documents (
  doc_id text PRIMARY KEY,
  title text NOT NULL,
  date text,
  source text,
  path text NOT NULL,
  format text,
  content_hash text NOT NULL,
  chunk_count integer NOT NULL,
  file_text text NOT NULL,
  clean_text text NOT NULL,
  paragraphs jsonb NOT NULL,
  metadata jsonb NOT NULL,
  page_starts jsonb
);
CREATE INDEX IF NOT EXISTS documents_source ON documents (source);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);

CREATE TABLE IF NOT EXISTS chunks (
  chunk_id text PRIMARY KEY,
  doc_id text NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  kind text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  sentences jsonb NOT NULL,
  search_text text,
  text text NOT NULL,
  -- Lexical terms (the shared tokenizer's lemmas): body weighted A, title C.
  terms tsvector NOT NULL,
  embedding vector NOT NULL,
  UNIQUE (doc_id, ordinal)
);
CREATE INDEX IF NOT EXISTS chunks_terms ON chunks USING gin (terms);
