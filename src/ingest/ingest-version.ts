/**
 * The version of what ingestion makes of a file: cleaning, metadata, paragraphs
 * and sentences. Bump it whenever a change to `src/ingest/` can turn the same
 * file into a different document. Start-up skips reading files whose size and
 * time match the stamps the store recorded; stamps recorded under another
 * version are not trusted, so every file is read again once. When any document
 * comes out different the index is built again (`ensureIndex`), as a fresh
 * build of the files would make it; when none does nothing is re-embedded.
 */
export const INGEST_VERSION = '2026-12-08.2';
