/**
 * The PostgreSQL backend, for many servers on one database: documents and
 * chunks in tables, vectors in pgvector (an HNSW index, cosine, on
 * `embedding::vector(n)` for the dimension in the settings), lexical search
 * with full text (a weighted tsvector of the shared lexical terms, GIN),
 * filters in the WHERE clause. A change is one transaction under an
 * advisory lock: readers see the corpus before or after it, and writers
 * from several processes take turns.
 */
import { lexicalTerms } from '../../text/lexical-terms.js';
import { LEMMA_VERSION } from '../../text/lemma-sets.js';
import { AppError } from '../../errors/app-error.js';
import type {
  ChunkHit,
  CorpusChange,
  CorpusSettings,
  CorpusStore,
  DocumentRecord,
} from '../corpus-store.js';
import { validateChange } from '../validate-change.js';
import { postgresFilterSql } from './postgres-filter-sql.js';
import {
  CHUNK_COLUMNS,
  corpusSettingsSchema,
  fromChunkRow,
  fromDocumentRow,
  fromSummaryRow,
  toVectorText,
} from './postgres-rows.js';
import type { SqlClient, SqlDatabase } from './sql-database.js';

/** Advisory lock taken by every corpus write transaction ("corp"). */
export const CORPUS_WRITE_LOCK = 1668248176;

/**
 * A chunk's lexical terms as its tsvector is made of them: its search text's (or text's), and
 * its title's (`lexicalTerms`, joined).
 */
export function chunkTerms(chunk: {
  title: string;
  text: string;
  searchText?: string | undefined;
}): { body: string; title: string } {
  return {
    body: lexicalTerms(chunk.searchText ?? chunk.text).join(' '),
    title: lexicalTerms(chunk.title).join(' '),
  };
}

/** The weighted tsvector of a row `r` holding `body_terms` and `title_terms` (see `RANK_WEIGHTS`). */
export const WEIGHTED_TERMS = `setweight(to_tsvector('simple', r.body_terms), 'A') ||
  setweight(to_tsvector('simple', r.title_terms), 'C')`;
/**
 * ts_rank weights for labels {D, C, B, A}: body terms are A (1.0), title
 * terms C (0.3), the weights the embedded store's BM25 gives its columns.
 */
const RANK_WEIGHTS = '{0.1, 0.3, 0.4, 1.0}';
/** ts_rank normalization 1: divide by 1 + log(length), so long chunks do not win by size. */
const RANK_NORMALIZATION = 1;

export interface PostgresCorpusStoreOptions {
  /** A migrated database (0002_corpus). */
  database: SqlDatabase;
  /** Close `database` with the store (a store that opened its own pool). */
  ownsDatabase?: boolean;
}

/** The Postgres store, with a compare-and-set apply for indexers (`applyIfGeneration`). */
export interface PostgresCorpusStore extends CorpusStore {
  /**
   * Applies `change` only while the corpus is still at `generation` (every
   * change and clear bumps it); resolves false, changing nothing, otherwise.
   */
  applyAtGeneration(change: CorpusChange, generation: number): Promise<boolean>;
}

/** The corpus generation now (0 before the first clear). */
export async function readGeneration(database: SqlClient): Promise<number> {
  const { rows } = await database.query<{ generation: string }>(
    'SELECT generation::text FROM corpus_settings',
  );
  return Number(rows[0]?.generation ?? 0);
}

export function applyIfGeneration(
  store: PostgresCorpusStore,
  change: CorpusChange,
  generation: number,
): Promise<boolean> {
  return store.applyAtGeneration(change, generation);
}

export function createPostgresCorpusStore({
  database,
  ownsDatabase = false,
}: PostgresCorpusStoreOptions): PostgresCorpusStore {
  /** One change in one transaction; false when `generation` is given and no longer current. */
  async function applyChange(change: CorpusChange, generation?: number): Promise<boolean> {
    return database.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [CORPUS_WRITE_LOCK]);
      const settings = await readSettings(client);
      if (!settings)
        throw new AppError(
          'index_missing',
          'The store has no settings yet: clear(settings) first.',
        );
      if (generation !== undefined && (await readGeneration(client)) !== generation) return false;
      validateChange(change, settings.embedder.dimension);
      const removed = [
        ...(change.remove ?? []),
        ...(change.upsert ?? []).map((record) => record.document.docId),
      ];
      if (removed.length > 0)
        await client.query('DELETE FROM documents WHERE doc_id = ANY($1::text[])', [removed]);
      for (const record of change.upsert ?? []) await insertRecord(client, record);
      await client.query('UPDATE corpus_settings SET generation = generation + 1');
      return true;
    });
  }

  async function readSettings(client: SqlClient = database): Promise<CorpusSettings | null> {
    const { rows } = await client.query<{ settings: unknown }>(
      'SELECT settings FROM corpus_settings',
    );
    return rows[0] ? corpusSettingsSchema.parse(rows[0].settings) : null;
  }

  return {
    kind: 'postgres',
    readSettings: () => readSettings(),

    async clear(settings) {
      const next = corpusSettingsSchema.parse(settings);
      const dimension = next.embedder.dimension;
      await database.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [CORPUS_WRITE_LOCK]);
        await client.query('TRUNCATE chunks, documents');
        await replaceVectorIndex(client, dimension);
        await client.query(
          `INSERT INTO corpus_settings (id, settings, generation, lemma_version)
           VALUES (true, $1, 1, $2)
           ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings,
             generation = corpus_settings.generation + 1, lemma_version = EXCLUDED.lemma_version`,
          [JSON.stringify(next), LEMMA_VERSION],
        );
      });
    },

    async listDocuments() {
      const { rows } = await database.query(
        `SELECT doc_id, title, date, source, format, content_hash, chunk_count
         FROM documents ORDER BY doc_id COLLATE "C"`,
      );
      return rows.map(fromSummaryRow);
    },

    async getDocument(docId) {
      const { rows } = await database.query('SELECT * FROM documents WHERE doc_id = $1', [docId]);
      return rows[0] ? fromDocumentRow(rows[0]) : undefined;
    },

    async getChunks(chunkIds) {
      if (chunkIds.length === 0) return [];
      const { rows } = await database.query(
        `SELECT ${CHUNK_COLUMNS} FROM unnest($1::text[]) WITH ORDINALITY AS wanted(chunk_id, n)
         JOIN chunks c ON c.chunk_id = wanted.chunk_id JOIN documents d ON d.doc_id = c.doc_id
         ORDER BY wanted.n`,
        [chunkIds],
      );
      return rows.map(fromChunkRow);
    },

    async getDocumentChunks(docId) {
      const { rows } = await database.query(
        `SELECT ${CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.doc_id = c.doc_id
         WHERE c.doc_id = $1 ORDER BY c.ordinal`,
        [docId],
      );
      return rows.map(fromChunkRow);
    },

    async counts() {
      const { rows } = await database.query<{ documents: string; chunks: string }>(
        'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM chunks) AS chunks',
      );
      return { documents: Number(rows[0]?.documents ?? 0), chunks: Number(rows[0]?.chunks ?? 0) };
    },

    async searchLexical({ query, k, filters }): Promise<ChunkHit[]> {
      const terms = [...new Set(lexicalTerms(query))];
      if (terms.length === 0 || k <= 0) return [];
      const filter = postgresFilterSql(filters, 3);
      // Each term through plainto_tsquery (no user text is ever read as tsquery syntax), ORed.
      const { rows } = await database.query<{ chunk_id: string; score: number }>(
        `WITH q AS (
           SELECT string_agg('(' || plainto_tsquery('simple', term)::text || ')', ' | ')::tsquery AS query
           FROM unnest($1::text[]) AS term WHERE plainto_tsquery('simple', term)::text <> '')
         SELECT c.chunk_id, ts_rank('${RANK_WEIGHTS}', c.terms, q.query, ${RANK_NORMALIZATION})::float8 AS score
         FROM q, chunks c ${filter.needsDocuments ? 'JOIN documents d ON d.doc_id = c.doc_id' : ''}
         WHERE c.terms @@ q.query ${filter.clause}
         ORDER BY score DESC, c.chunk_id LIMIT $2`,
        [terms, k, ...filter.params],
      );
      return rows.map((row) => ({ chunkId: row.chunk_id, score: row.score }));
    },

    async searchVectors({ vector, k, filters }): Promise<ChunkHit[]> {
      const settings = await readSettings();
      if (!settings || k <= 0) return [];
      const dimension = settings.embedder.dimension;
      if (vector.length !== dimension) return [];
      const filter = postgresFilterSql(filters, 3);
      // Unfiltered: the HNSW index's own expression. Filtered: a distance the index does not
      // cover, so the filter's rows are scanned exactly (never fewer than k after filtering).
      const distance =
        filters === undefined || filter.clause === ''
          ? `c.embedding::vector(${dimension}) <=> $1::vector(${dimension})`
          : `c.embedding <=> $1::vector`;
      const { rows } = await database.query<{ chunk_id: string; distance: number }>(
        `SELECT c.chunk_id, (${distance})::float8 AS distance
         FROM chunks c ${filter.needsDocuments ? 'JOIN documents d ON d.doc_id = c.doc_id' : ''}
         WHERE true ${filter.clause}
         ORDER BY ${distance} LIMIT $2`,
        [toVectorText(vector), k, ...filter.params],
      );
      return rows.map((row) => ({ chunkId: row.chunk_id, score: 1 - row.distance }));
    },

    async apply(change) {
      await applyChange(change);
    },

    applyAtGeneration: (change, generation) => applyChange(change, generation),

    async close() {
      if (ownsDatabase) await database.close();
    },
  };
}

/** The HNSW index for `dimension`, and none for any other (an embedder change rebuilds). */
async function replaceVectorIndex(client: SqlClient, dimension: number): Promise<void> {
  const name = `chunks_embedding_hnsw_${dimension}`;
  const { rows } = await client.query<{ indexname: string }>(
    "SELECT indexname FROM pg_indexes WHERE tablename = 'chunks' AND indexname LIKE 'chunks_embedding_hnsw_%'",
  );
  for (const row of rows)
    if (row.indexname !== name) await client.query(`DROP INDEX IF EXISTS "${row.indexname}"`);
  await client.query(
    `CREATE INDEX IF NOT EXISTS "${name}" ON chunks
     USING hnsw ((embedding::vector(${dimension})) vector_cosine_ops)`,
  );
}

async function insertRecord(client: SqlClient, record: DocumentRecord): Promise<void> {
  const { document, chunks, vectors, contentHash } = record;
  await client.query(
    `INSERT INTO documents (doc_id, title, date, source, path, format, content_hash, chunk_count,
       file_text, clean_text, paragraphs, metadata, page_starts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      document.docId,
      document.title,
      document.date,
      document.source,
      document.path,
      document.format ?? null,
      contentHash,
      chunks.length,
      document.fileText,
      document.cleanText,
      JSON.stringify(document.paragraphs),
      JSON.stringify(document.metadata),
      document.pageStarts ? JSON.stringify(document.pageStarts) : null,
    ],
  );
  if (chunks.length === 0) return;
  const column = <T>(pick: (chunk: (typeof chunks)[number], index: number) => T) =>
    chunks.map(pick);
  await client.query(
    `INSERT INTO chunks (chunk_id, doc_id, ordinal, kind, start_offset, end_offset, sentences,
       search_text, text, terms, embedding)
     SELECT r.chunk_id, $1, r.ordinal, r.kind, r.start_offset, r.end_offset, r.sentences::jsonb,
       r.search_text, r.text, ${WEIGHTED_TERMS}, r.embedding::vector
     FROM unnest($2::text[], $3::int[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::text[])
       AS r(chunk_id, ordinal, kind, start_offset, end_offset, sentences, search_text, text,
         body_terms, title_terms, embedding)`,
    [
      document.docId,
      column((chunk) => chunk.chunkId),
      column((_chunk, index) => index),
      column((chunk) => chunk.kind),
      column((chunk) => chunk.start),
      column((chunk) => chunk.end),
      column((chunk) => JSON.stringify(chunk.sentences)),
      column((chunk) => chunk.searchText ?? null),
      column((chunk) => chunk.text),
      column((chunk) => chunkTerms(chunk).body),
      column((chunk) => chunkTerms(chunk).title),
      column((_chunk, index) => toVectorText(vectors[index]!)),
    ],
  );
}
