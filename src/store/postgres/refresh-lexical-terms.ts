/**
 * Makes the chunks' lexical terms (their weighted tsvector) again from their text when they
 * were made by another `lemmatize` (`LEMMA_VERSION`, kept in `corpus_settings`): a query's
 * terms come from this server's lemmatizer, and an older lemma in the index ("pas" for
 * "pass") would never match them. Nothing else of a chunk depends on the lemmatizer.
 */
import { LEMMA_VERSION } from '../../text/lemma-sets.js';
import { CORPUS_WRITE_LOCK, WEIGHTED_TERMS, chunkTerms } from './postgres-corpus-store.js';
import type { SqlDatabase } from './sql-database.js';

/** Chunks read and written at a time. */
const PAGE = 500;

interface ChunkTextRow {
  chunk_id: string;
  title: string;
  text: string;
  search_text: string | null;
}

/** Re-derives every chunk's terms when the stored lemma version is not ours; resolves how many. */
export async function refreshLexicalTerms(database: SqlDatabase): Promise<number> {
  return database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [CORPUS_WRITE_LOCK]);
    const { rows } = await client.query<{ lemma_version: number | null }>(
      'SELECT lemma_version FROM corpus_settings',
    );
    // No corpus yet, or one made by this lemmatizer.
    if (rows.length === 0 || rows[0]!.lemma_version === LEMMA_VERSION) return 0;
    let refreshed = 0;
    for (let after = ''; ;) {
      const page = await client.query<ChunkTextRow>(
        `SELECT c.chunk_id, d.title, c.text, c.search_text
         FROM chunks c JOIN documents d USING (doc_id)
         WHERE c.chunk_id > $1 ORDER BY c.chunk_id LIMIT $2`,
        [after, PAGE],
      );
      if (page.rows.length === 0) break;
      // The terms as `insertRecord` makes them.
      const terms = page.rows.map((row) =>
        chunkTerms({ title: row.title, text: row.text, searchText: row.search_text ?? undefined }),
      );
      await client.query(
        `UPDATE chunks c SET terms = ${WEIGHTED_TERMS}
         FROM unnest($1::text[], $2::text[], $3::text[]) AS r(chunk_id, body_terms, title_terms)
         WHERE c.chunk_id = r.chunk_id`,
        [
          page.rows.map((row) => row.chunk_id),
          terms.map((term) => term.body),
          terms.map((term) => term.title),
        ],
      );
      refreshed += page.rows.length;
      after = page.rows.at(-1)!.chunk_id;
    }
    await client.query('UPDATE corpus_settings SET lemma_version = $1', [LEMMA_VERSION]);
    return refreshed;
  });
}
