/**
 * The embedded store ranks an unfiltered lexical search's candidates from its
 * own postings (`fts-bm25-top.ts`) instead of FTS5's query: these tests hold it
 * to FTS5's answers on a corpus where every search matches more chunks than it
 * keeps, through every kind of write, and check the postings are really used
 * (the FTS5 query, on a thread here, is never asked) and kept or made again.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteCorpusStore } from '../../src/store/sqlite-corpus-store.js';
import type { LexicalSearchThread } from '../../src/store/lexical-search-thread.js';
import { recordOf, SETTINGS } from './store-fixtures.js';

const WORDS = ['harbour', 'ferry', 'storm', 'pilot', 'cargo', 'tide', 'crane', 'dock', 'wharf'];

/** A document of words drawn (deterministically) from a small vocabulary: many ties, many matches. */
function articleOf(index: number, wordsOf = index) {
  let seed = wordsOf * 7919 + 17;
  const word = () => {
    seed = (seed * 48271) % 2147483647;
    return WORDS[seed % WORDS.length]!;
  };
  const sentence = () =>
    `${Array.from({ length: 3 + (seed % 6) }, word).join(' ')} ${word()} report.`;
  return recordOf(
    `article-${String(index).padStart(3, '0')}`,
    [
      `${word()} ${word()} news ${index}`,
      '',
      `Published in Port Herald, May ${1 + (index % 28)}th, 2023`,
      '',
      Array.from({ length: 6 }, sentence).join(' '),
      '',
      Array.from({ length: 6 }, sentence).join(' '),
    ].join('\n'),
  );
}

const SEARCHES = [
  { query: 'harbour ferry', k: 10 },
  { query: 'storm pilot cargo', k: 30 },
  { query: 'tide', k: 5 },
  { query: 'crane dock wharf harbour ferry', k: 40 },
  { query: 'pilot pilot storm report', k: 30 },
  // Filtered: a few articles (one of them removed on the way, one replaced), every article
  // (as many matches as unfiltered: the candidates are a choice), a range of dates, both.
  {
    query: 'harbour storm',
    k: 10,
    filters: { docIds: ['article-005', 'article-010', 'article-020', 'article-033'] },
  },
  { query: 'crane dock wharf harbour ferry', k: 40, filters: { sources: ['Port Herald'] } },
  { query: 'tide pilot', k: 20, filters: { dateFrom: '2023-05-10', dateTo: '2023-05-20' } },
  {
    query: 'cargo report',
    k: 5,
    filters: { sources: ['Port Herald', 'Elsewhere'], docIds: ['article-001', 'article-061'] },
  },
  { query: 'ferry', k: 5, filters: { docIds: ['no-such-article'] } },
];

/** A thread that counts FTS5 queries (it never answers: the store reads here without it). */
function countingThread() {
  const asked = { count: 0 };
  const start = (): LexicalSearchThread => ({
    all: () => {
      asked.count += 1;
      return Promise.reject(new Error('not asked in these tests'));
    },
    close: async () => {},
  });
  return { asked, start };
}

async function inFolder(test: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'sourced-postings-'));
  try {
    await test(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** FTS5's own ranking of the searches, on a connection opened now. */
async function ftsAnswers(dir: string) {
  const store = await openSqliteCorpusStore({ dir, lexicalThread: false, lexicalPostings: false });
  const answers = [];
  for (const search of SEARCHES) answers.push(await store.searchLexical(search));
  await store.close();
  return answers;
}

/** The searches' results from a store in `dir` opened with a lexical thread, and how many the thread was asked. */
async function searchedFromPostings(dir: string) {
  const thread = countingThread();
  const store = await openSqliteCorpusStore({
    dir,
    lexicalThread: true,
    startLexicalThread: thread.start,
  });
  const ours = [];
  for (const search of SEARCHES) ours.push(await store.searchLexical(search));
  await store.close();
  return { ours, asked: thread.asked.count };
}

describe('the embedded store’s lexical postings', () => {
  it('rank every search, filtered or not, as FTS5 does, through upserts, replacements and removals, without its query', async () => {
    await inFolder(async (dir) => {
      const thread = countingThread();
      const store = await openSqliteCorpusStore({
        dir,
        lexicalThread: true,
        startLexicalThread: thread.start,
      });
      await store.clear(SETTINGS);
      const steps = [
        { upsert: Array.from({ length: 60 }, (_, index) => articleOf(index)) },
        { upsert: [articleOf(60), articleOf(61)] },
        { remove: ['article-003', 'article-010', 'article-011'] },
        // The same docId with other words: a replacement.
        { upsert: [articleOf(20, 70)] },
      ];
      for (const step of steps) {
        await store.apply(step);
        const ours = [];
        for (const search of SEARCHES) ours.push(await store.searchLexical(search));
        const expected = await ftsAnswers(dir);
        expect(ours).toEqual(expected);
        // Enough matches that the candidates were a choice, not every match.
        expect(expected[3]).toHaveLength(40);
        expect(expected[6]).toHaveLength(40);
        // The filters chose: a few articles' chunks, a part of the dates, nothing.
        expect(expected[5]!.length).toBeGreaterThan(0);
        expect(expected[5]!.every(({ chunkId }) => /^article-0(05|10|20|33)#/u.test(chunkId))).toBe(
          true,
        );
        expect(expected[7]!.length).toBeGreaterThan(0);
        expect(expected[9]).toEqual([]);
      }
      expect(thread.asked.count).toBe(0);
      await store.close();
    });
  });

  it('are made when a build closes the store, which writes none of them batch by batch', async () => {
    await inFolder(async (dir) => {
      const build = await openSqliteCorpusStore({ dir, deferGraphSaves: true });
      await build.clear(SETTINGS);
      await build.apply({ upsert: Array.from({ length: 30 }, (_, index) => articleOf(index)) });
      await build.apply({
        upsert: Array.from({ length: 30 }, (_, index) => articleOf(index + 30)),
      });
      const database = new Database(join(dir, 'corpus.db'), { readonly: true });
      const count = database.prepare('SELECT count(*) FROM term_postings').pluck();
      expect(count.get()).toBe(0);
      await build.close();
      expect(count.get()).toBeGreaterThan(WORDS.length);
      database.close();
      const { ours, asked } = await searchedFromPostings(dir);
      expect(ours).toEqual(await ftsAnswers(dir));
      expect(asked).toBe(0);
    });
  });

  it.runIf(process.platform === 'linux')(
    'are read for a search through a memory map of the store’s file, unmapped when the store closes',
    async () => {
      await inFolder(async (dir) => {
        const path = join(dir, 'corpus.db');
        // The file itself, not its WAL index (`corpus.db-shm`, always mapped).
        const mapped = async () =>
          (await readFile('/proc/self/maps', 'utf8'))
            .split('\n')
            .some((line) => line.endsWith(` ${path}`));
        const written = await openSqliteCorpusStore({ dir, lexicalThread: false });
        await written.clear(SETTINGS);
        await written.apply({ upsert: Array.from({ length: 30 }, (_, index) => articleOf(index)) });
        // Closed, so the pages are in the file rather than its write-ahead log.
        await written.close();
        const store = await openSqliteCorpusStore({ dir, lexicalThread: false });
        expect(await mapped()).toBe(false);
        await store.searchLexical(SEARCHES[0]!);
        expect(await mapped()).toBe(true);
        await store.close();
        expect(await mapped()).toBe(false);
      });
    },
  );

  it('are made on opening a store written without them (before they existed, or by an older version)', async () => {
    await inFolder(async (dir) => {
      const filled = await openSqliteCorpusStore({ dir });
      await filled.clear(SETTINGS);
      await filled.apply({ upsert: Array.from({ length: 60 }, (_, index) => articleOf(index)) });
      await filled.close();
      // FTS5's answers first: closing a store makes any postings it lacks.
      const expected = await ftsAnswers(dir);
      const database = new Database(join(dir, 'corpus.db'));
      database.exec("DELETE FROM term_postings; DELETE FROM meta WHERE key = 'postings'");
      database.close();
      const { ours, asked } = await searchedFromPostings(dir);
      expect(ours).toEqual(expected);
      expect(asked).toBe(0);
    });
  });
});
