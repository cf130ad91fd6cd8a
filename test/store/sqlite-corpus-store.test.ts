/**
 * The embedded store runs the store contract, plus what only it has: a
 * graph rebuilt from the database when the saved one is damaged or behind.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteCorpusStore } from '../../src/store/sqlite-corpus-store.js';
import { describeStoreContract } from './store-contract.js';
import { BORDER, FOOTBALL, SETTINGS, vectorOf } from './store-fixtures.js';

describeStoreContract('embedded (SQLite FTS5 + hnswlib)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sourced-store-'));
  let store = await openSqliteCorpusStore({ dir });
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await openSqliteCorpusStore({ dir });
      return store;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('the embedded store’s graph file', () => {
  it('is rebuilt from the database when damaged, with the same answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sourced-store-'));
    try {
      const store = await openSqliteCorpusStore({ dir });
      await store.clear(SETTINGS);
      await store.apply({ upsert: [BORDER, FOOTBALL] });
      await store.apply({ remove: ['football'] });
      const query = { vector: vectorOf('q'), k: 10 };
      const before = await store.searchVectors(query);
      await store.close();
      await writeFile(join(dir, 'vectors.hnsw'), Buffer.alloc(500, 7));
      const reasons: string[] = [];
      const reopened = await openSqliteCorpusStore({
        dir,
        onGraphRebuilt: (why) => reasons.push(why),
      });
      expect(reasons).toEqual([expect.stringMatching(/vectors\.hnsw/)]);
      expect(await reopened.searchVectors(query)).toEqual(before);
      await reopened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
