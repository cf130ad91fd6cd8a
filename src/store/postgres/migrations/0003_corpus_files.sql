-- Files the corpus needs besides its rows, written by the indexer and read by every
-- server: `lexicon.bin`, the corpus-fitted word vectors questions are embedded with.
-- Stored in parts of at most 1 MiB, so no single message on the wire is large.

CREATE TABLE IF NOT EXISTS corpus_files (
  name text NOT NULL,
  part integer NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (name, part)
);
