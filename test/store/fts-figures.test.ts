/**
 * FTS5's row count and column totals (`bm25()`'s N and average lengths, read
 * by the store's own ranking too) describe the chunks the store holds: after
 * documents are replaced and removed in place they are those of a store
 * written with the same chunks at once, and so is every match's score. A
 * contentless-delete table went on counting every deleted row; a store made
 * with one (schema 5) has its table made again on opening.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteCorpusStore } from '../../src/store/sqlite-corpus-store.js';
import { recordOf, SETTINGS } from './store-fixtures.js';

const WORDS = ['harbour', 'ferry', 'storm', 'pilot', 'cargo', 'tide', 'crane', 'dock'];
const QUERIES = ['harbour', 'ferry storm', 'pilot OR cargo OR tide', 'crane'];

/** An article of `length` sentences drawn from the words, `variant` choosing which. */
function articleOf(index: number, variant = 0, length = 3 + (index % 5)) {
  const word = (position: number) => WORDS[(index * 5 + variant * 3 + position * 7) % 8]!;
  const sentences = Array.from(
    { length },
    (_, sentence) => `${word(sentence)} ${word(sentence + 1)} ${word(sentence + 2)} report.`,
  );
  return recordOf(
    `article-${String(index).padStart(2, '0')}`,
    [`${word(0)} news ${index}`, '', sentences.join(' ')].join('\n'),
  );
}

/** FTS5's figures and each query's matches with their `bm25()`, by chunk id (labels differ). */
function figuresOf(dir: string) {
  const database = new Database(join(dir, 'corpus.db'), { readonly: true });
  const averages = database
    .prepare('SELECT block FROM chunk_terms_data WHERE id = 1')
    .pluck()
    .get() as Buffer;
  const scores = database.prepare<[string], { chunk_id: string; score: number }>(
    `SELECT c.chunk_id, bm25(chunk_terms, 1, 0.3) AS score FROM chunk_terms
     JOIN chunks c ON c.label = chunk_terms.rowid WHERE chunk_terms MATCH ? ORDER BY c.chunk_id`,
  );
  const figures = {
    averages: [...averages],
    matches: QUERIES.map((query) => scores.all(query)),
  };
  database.close();
  return figures;
}

async function inFolders(test: (changed: string, fresh: string) => Promise<void>) {
  const work = await mkdtemp(join(tmpdir(), 'sourced-fts-figures-'));
  try {
    await test(join(work, 'changed'), join(work, 'fresh'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const FINAL = [
  ...Array.from({ length: 20 }, (_, index) => articleOf(index, index < 6 ? 1 : 0)),
].filter((record) => !['article-07', 'article-12'].includes(record.document.docId));

async function writeAtOnce(dir: string) {
  const store = await openSqliteCorpusStore({ dir, lexicalThread: false });
  await store.clear(SETTINGS);
  await store.apply({ upsert: FINAL });
  await store.close();
}

describe('FTS5’s figures', () => {
  it('are those of the chunks held, after documents are replaced and removed in place', async () => {
    await inFolders(async (changed, fresh) => {
      const store = await openSqliteCorpusStore({ dir: changed, lexicalThread: false });
      await store.clear(SETTINGS);
      await store.apply({ upsert: Array.from({ length: 20 }, (_, index) => articleOf(index)) });
      // The first six read differently (longer or shorter), two removed.
      await store.apply({ upsert: Array.from({ length: 6 }, (_, index) => articleOf(index, 1)) });
      await store.apply({ remove: ['article-07', 'article-12'] });
      await store.close();
      await writeAtOnce(fresh);
      const [ours, expected] = [figuresOf(changed), figuresOf(fresh)];
      expect(expected.matches.every((matches) => matches.length > 5)).toBe(true);
      expect(ours).toEqual(expected);
    });
  });

  it('are made again on opening a store whose contentless-delete table counted deleted rows', async () => {
    await inFolders(async (older, fresh) => {
      await writeAtOnce(older);
      // The table schema 5 made, holding the same rows after others were deleted from it.
      const database = new Database(join(older, 'corpus.db'));
      database.exec(`DROP TABLE chunk_vocabulary; DROP TABLE chunk_terms;
        CREATE VIRTUAL TABLE chunk_terms USING fts5(body, title, content = '',
          contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars ''''");
        CREATE VIRTUAL TABLE chunk_vocabulary USING fts5vocab(chunk_terms, 'col');
        INSERT INTO chunk_terms (rowid, body, title) SELECT label, body_terms, title_terms FROM chunks;
        INSERT INTO chunk_terms (rowid, body, title) VALUES (100000, 'harbour harbour ferry', 'storm');
        DELETE FROM chunk_terms WHERE rowid = 100000;
        UPDATE meta SET value = '5' WHERE key = 'schema_version';`);
      database.close();
      await writeAtOnce(fresh);
      expect(figuresOf(older)).not.toEqual(figuresOf(fresh));
      const store = await openSqliteCorpusStore({ dir: older, lexicalThread: false });
      const [search] = QUERIES;
      const found = await store.searchLexical({ query: search!, k: 50 });
      await store.close();
      expect(figuresOf(older)).toEqual(figuresOf(fresh));
      const reference = await openSqliteCorpusStore({ dir: fresh, lexicalThread: false });
      expect(found).toEqual(await reference.searchLexical({ query: search!, k: 50 }));
      await reference.close();
    });
  });
});
