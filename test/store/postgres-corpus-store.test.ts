/**
 * The PostgreSQL backend runs the store contract on a real server over the
 * wire (PGlite + pgvector), plus what only it has: two servers' stores on
 * one database see each other's changes, and the vector search of an
 * unfiltered query goes through the HNSW index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresCorpusStore } from '../../src/store/postgres/postgres-corpus-store.js';
import { refreshLexicalTerms } from '../../src/store/postgres/refresh-lexical-terms.js';
import { ensurePostgresIndex } from '../../src/store/postgres/ensure-postgres-index.js';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';
import { recordingLogger } from '../llm/support/recording-logger.js';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';
import { describeStoreContract } from './store-contract.js';
import { BORDER, BORDER_V2, FOOTBALL, SETTINGS, vectorOf } from './store-fixtures.js';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres.close();
});

describeStoreContract('postgres (pgvector + full text, over the wire)', async () => {
  await postgres.reset();
  const database = await postgres.connect();
  let store = createPostgresCorpusStore({ database });
  return {
    store,
    reopen: async () => {
      await store.close();
      store = createPostgresCorpusStore({ database: await postgres.connect({ migrate: false }) });
      return store;
    },
  };
});

describe('the PostgreSQL store', () => {
  it('shows one server’s change to another server on the same database', async () => {
    await postgres.reset();
    const first = createPostgresCorpusStore({ database: await postgres.connect() });
    const second = createPostgresCorpusStore({ database: await postgres.connect() });
    await first.clear(SETTINGS);
    await first.apply({ upsert: [BORDER, FOOTBALL] });
    expect((await second.searchLexical({ query: 'Quetta smuggling', k: 1 }))[0]?.chunkId).toMatch(
      /^border#/,
    );
    await second.apply({ upsert: [BORDER_V2] });
    expect((await first.getDocument('border'))?.fileText).toBe(BORDER_V2.document.fileText);
  });

  it('keeps one HNSW index, sized by the settings’ dimension, and uses it', async () => {
    await postgres.reset();
    const database = await postgres.connect();
    const store = createPostgresCorpusStore({ database });
    await store.clear({ ...SETTINGS, embedder: { ...SETTINGS.embedder, dimension: 4 } });
    await store.clear(SETTINGS);
    const { rows } = await database.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'chunks_embedding_hnsw_%'",
    );
    expect(rows.map((row) => row.indexname)).toEqual(['chunks_embedding_hnsw_8']);
    await store.apply({ upsert: [BORDER, FOOTBALL] });
    const plan = await database.transaction(async (client) => {
      await client.query('SET LOCAL enable_seqscan = off');
      const vector = `[${vectorOf('q').join(',')}]`;
      return client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT chunk_id FROM chunks c ORDER BY c.embedding::vector(8) <=> '${vector}'::vector(8) LIMIT 3`,
      );
    });
    expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(
      /Index Scan using chunks_embedding_hnsw_8/,
    );
  });

  it('makes the chunks’ lexical terms again, once, when another lemmatizer made them', async () => {
    await postgres.reset();
    const database = await postgres.connect();
    const store = createPostgresCorpusStore({ database });
    await store.clear(SETTINGS);
    await store.apply({ upsert: [BORDER, FOOTBALL] });
    const expected = await store.searchLexical({ query: 'discussed smuggling', k: 3 });
    expect(expected[0]?.chunkId).toMatch(/^border#/);
    // A fresh corpus was made by this lemmatizer: nothing to do.
    expect(await refreshLexicalTerms(database)).toBe(0);
    // Terms as an older lemmatizer might have left them ("discuss" was "discus").
    await database.query(`UPDATE chunks SET terms = to_tsvector('simple', 'stale')`);
    await database.query('UPDATE corpus_settings SET lemma_version = NULL');
    const { rows } = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM chunks');
    expect(await refreshLexicalTerms(database)).toBe(rows[0]!.n);
    expect(await store.searchLexical({ query: 'stale', k: 3 })).toEqual([]);
    expect(await store.searchLexical({ query: 'discussed smuggling', k: 3 })).toEqual(expected);
    expect(await refreshLexicalTerms(database)).toBe(0);
  });

  it('has its lexical terms made again when a server starts on it with another lemmatizer', async () => {
    await postgres.reset();
    const database = await postgres.connect();
    const { logger, lines } = recordingLogger();
    const options = {
      database,
      documents: [BORDER.document, FOOTBALL.document],
      embedderSpec: wordVectorEmbedderSpec(),
      chunking: { maxChars: 600, overlapSentences: 1 },
      logger,
      loadSourceVectors: createFakeWordVectors(['border', 'smuggling', 'quetta']),
    };
    const first = await ensurePostgresIndex(options);
    const expected = await first.index.store.searchLexical({ query: 'discussed smuggling', k: 3 });
    expect(expected[0]?.chunkId).toMatch(/^border#/);
    await database.query(`UPDATE chunks SET terms = to_tsvector('simple', 'stale')`);
    await database.query('UPDATE corpus_settings SET lemma_version = NULL');
    const second = await ensurePostgresIndex(options);
    expect(lines.join('\n')).toMatch(/lexical terms of \d+ chunks made again/);
    expect(await second.index.store.searchLexical({ query: 'discussed smuggling', k: 3 })).toEqual(
      expected,
    );
  });
});
