/**
 * Every document (with its text) and chunk of the PostgreSQL corpus, read
 * in one REPEATABLE READ transaction so they belong to one generation: what
 * a server holds for the answer engine, reloaded when the generation moves.
 */
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import { readGeneration } from './postgres-corpus-store.js';
import { CHUNK_COLUMNS, fromChunkRow, fromDocumentRow } from './postgres-rows.js';
import type { SqlDatabase } from './sql-database.js';

export interface CorpusSnapshot {
  generation: number;
  documents: SourceDocument[];
  chunks: Chunk[];
}

export async function loadCorpusSnapshot(database: SqlDatabase): Promise<CorpusSnapshot> {
  return database.transaction(async (client) => {
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const generation = await readGeneration(client);
    const documents = (
      await client.query('SELECT * FROM documents ORDER BY doc_id COLLATE "C"')
    ).rows.map(fromDocumentRow);
    const chunks = (
      await client.query(
        `SELECT ${CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.doc_id = c.doc_id
         ORDER BY d.doc_id COLLATE "C", c.ordinal`,
      )
    ).rows.map(fromChunkRow);
    return { generation, documents, chunks };
  });
}
