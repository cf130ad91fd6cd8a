/**
 * Makes the FTS5 table of chunk terms again from the chunks' own terms: the
 * upgrade of a store whose table was contentless-delete (schemas 4 and 5),
 * whose row count and column totals still counted every row deleted since it
 * was built. The table made is the one a build of the same chunks makes: the
 * same rows, so the same `bm25()` figures and scores.
 */
import type Database from 'better-sqlite3';
import { CHUNK_TERMS_SCHEMA } from './sqlite-schema.js';

/** Drops and refills `chunk_terms` (and its vocabulary view); run inside the caller's transaction. */
export function refillChunkTerms(database: Database.Database): void {
  database.exec(`DROP TABLE IF EXISTS chunk_vocabulary; DROP TABLE IF EXISTS chunk_terms;
    ${CHUNK_TERMS_SCHEMA}
    INSERT INTO chunk_terms (rowid, body, title)
      SELECT label, body_terms, title_terms FROM chunks ORDER BY label;`);
}
