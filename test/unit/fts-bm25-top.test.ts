/**
 * The store's reproduction of FTS5's `bm25()` ranking (`fts-bm25-top.ts`) against
 * FTS5 itself: the same rows in the same order for `ORDER BY bm25(...) LIMIT n`, with
 * the same scores bit for bit,
 * on rows built to tie (few words, short rows), with words repeated in titles
 * (the title's weight added instance by instance) and after deletions (FTS5's
 * counts and averages then move).
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createFtsBm25Ranker } from '../../src/store/fts-bm25-top.js';
import { parseFtsAverages } from '../../src/store/fts-averages.js';
import {
  countChunkTerms,
  createPostingsBuilder,
  decodePostings,
  encodePostings,
  type PostingList,
} from '../../src/store/term-postings.js';

const WORDS = ['tide', 'ferry', 'storm', 'pilot', 'cargo', 'dock', "o'neil", 'x9'];

function rowsOf(count: number) {
  let seed = 12345;
  const next = (below: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % below;
  };
  const words = (length: number) => Array.from({ length }, () => WORDS[next(WORDS.length)]!);
  return Array.from({ length: count }, (_, index) => ({
    label: index + 1,
    body: words(1 + next(12)).join(' '),
    // Titles repeat words up to 9 times: 0.3 added 9 times is not 9 × 0.3.
    title: words(next(4))
      .concat(Array(next(10)).fill('tide'))
      .join(' '),
  }));
}

function openFts() {
  const database = new Database(':memory:');
  database.exec(`CREATE VIRTUAL TABLE t USING fts5(body, title, content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 tokenchars ''''")`);
  return database;
}

describe('createFtsBm25Ranker', () => {
  it('orders rows as FTS5’s ORDER BY bm25() LIMIT does, ties by rowid, after deletions too', () => {
    const database = openFts();
    const rows = rowsOf(600);
    const insert = database.prepare('INSERT INTO t (rowid, body, title) VALUES (?, ?, ?)');
    for (const row of rows) insert.run(row.label, row.body, row.title);
    const removed = new Set(rows.filter((_, index) => index % 7 === 3).map((row) => row.label));
    const remove = database.prepare('DELETE FROM t WHERE rowid = ?');
    const ln = database.prepare<[number], number>('SELECT ln(?)').pluck();
    const averages = database.prepare<[], Buffer>('SELECT block FROM t_data WHERE id = 1').pluck();
    const ranker = createFtsBm25Ranker();
    for (const stage of ['all rows', 'after deletions']) {
      if (stage === 'after deletions') for (const label of removed) remove.run(label);
      const builder = createPostingsBuilder();
      for (const row of rows)
        if (stage === 'all rows' || !removed.has(row.label))
          builder.add(countChunkTerms(row.label, row.body, row.title));
      // Through the blob format, as the store keeps them.
      const lists = new Map<string, PostingList>(
        [...builder.take()].map(([term, list]) => [term, decodePostings(encodePostings(list))]),
      );
      const { rows: count, tokens } = parseFtsAverages(averages.get()!);
      for (const terms of [
        ['tide'],
        ['ferry', 'storm'],
        ["o'neil", 'x9', 'dock', 'tide'],
        ['pilot', 'cargo', 'ferry'],
      ])
        for (const limit of [1, 7, 50, 120, 1000]) {
          const expected = database
            .prepare<[string, number], { label: number; score: number }>(
              'SELECT rowid AS label, bm25(t, 1, 0.3) AS score FROM t WHERE t MATCH ? ORDER BY score LIMIT ?',
            )
            .all(terms.map((term) => `"${term}"`).join(' OR '), limit);
          const ours = ranker.top({
            phrases: terms.map((term) => (lists.has(term) ? [lists.get(term)!] : [])),
            rows: count,
            tokens,
            weights: { body: 1, title: 0.3 },
            limit,
            ln: (value) => ln.get(value)!,
          });
          expect({ stage, terms, limit, ours }).toEqual({ stage, terms, limit, ours: expected });
        }
    }
    database.close();
  });

  it('reads a term split into segments as the whole list', () => {
    const database = openFts();
    const rows = rowsOf(200);
    const insert = database.prepare('INSERT INTO t (rowid, body, title) VALUES (?, ?, ?)');
    for (const row of rows) insert.run(row.label, row.body, row.title);
    const halves = [rows.slice(0, 100), rows.slice(100)].map((part) => {
      const builder = createPostingsBuilder();
      for (const row of part) builder.add(countChunkTerms(row.label, row.body, row.title));
      return new Map(builder.take());
    });
    const { rows: count, tokens } = parseFtsAverages(
      database.prepare<[], Buffer>('SELECT block FROM t_data WHERE id = 1').pluck().get()!,
    );
    const ours = createFtsBm25Ranker().top({
      phrases: [halves.flatMap((half) => (half.has('storm') ? [half.get('storm')!] : []))],
      rows: count,
      tokens,
      weights: { body: 1, title: 0.3 },
      limit: 30,
      ln: (value) => database.prepare<[number], number>('SELECT ln(?)').pluck().get(value)!,
    });
    expect(ours).toEqual(
      database
        .prepare(
          'SELECT rowid AS label, bm25(t, 1, 0.3) AS score FROM t WHERE t MATCH \'"storm"\' ORDER BY score LIMIT 30',
        )
        .all(),
    );
    database.close();
  });
  it('ranks only the rows a filter allows as FTS5 does under the filter, few or many, a term in segments', () => {
    const database = openFts();
    const rows = rowsOf(900);
    const insert = database.prepare('INSERT INTO t (rowid, body, title) VALUES (?, ?, ?)');
    for (const row of rows) insert.run(row.label, row.body, row.title);
    const thirds = [rows.slice(0, 300), rows.slice(300, 600), rows.slice(600)].map((part) => {
      const builder = createPostingsBuilder();
      for (const row of part) builder.add(countChunkTerms(row.label, row.body, row.title));
      return new Map(builder.take());
    });
    const ln = database.prepare<[number], number>('SELECT ln(?)').pluck();
    const { rows: count, tokens } = parseFtsAverages(
      database.prepare<[], Buffer>('SELECT block FROM t_data WHERE id = 1').pluck().get()!,
    );
    const filtered = database.prepare<[string, string, number], { label: number; score: number }>(
      `SELECT rowid AS label, bm25(t, 1, 0.3) AS score FROM t
       WHERE t MATCH ? AND rowid IN (SELECT value FROM json_each(?)) ORDER BY score LIMIT ?`,
    );
    const ranker = createFtsBm25Ranker();
    // A few rows (looked up in each list), more (the lists read through), none, all; unsorted.
    const allowedSets = [
      [817, 5, 433, 12, 640, 299, 300, 301, 899, 900],
      [3, 4],
      rows.filter((_, index) => index % 3 !== 1).map((row) => row.label),
      [],
      rows.map((row) => row.label).reverse(),
    ];
    for (const allowed of allowedSets)
      for (const terms of [['tide'], ['ferry', 'storm'], ["o'neil", 'x9', 'dock', 'tide']])
        for (const limit of [1, 7, 120]) {
          const ours = ranker.top({
            phrases: terms.map((term) =>
              thirds.flatMap((third) => (third.has(term) ? [third.get(term)!] : [])),
            ),
            rows: count,
            tokens,
            weights: { body: 1, title: 0.3 },
            limit,
            ln: (value) => ln.get(value)!,
            allowed: new Set(allowed),
          });
          const expected = filtered.all(
            terms.map((term) => `"${term}"`).join(' OR '),
            JSON.stringify(allowed),
            limit,
          );
          expect({ size: allowed.length, terms, limit, ours }).toEqual({
            size: allowed.length,
            terms,
            limit,
            ours: expected,
          });
        }
    database.close();
  });
});
