/**
 * The embedded store runs the store contract, plus what only it has: a
 * graph rebuilt from the database when the saved one is damaged or behind.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { documentKeys, DOCUMENT_KEYS_VERSION } from '../../src/text/document-keys.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteCorpusStore } from '../../src/store/sqlite-corpus-store.js';
import { startLexicalSearchThread } from '../../src/store/lexical-search-thread.js';
import { describeStoreContract } from './store-contract.js';
import { bodyLemmas, chunkLemmas, LEMMA_VERSION } from '../../src/text/lemma-sets.js';
import { refillChunkTerms } from '../../src/store/refill-chunk-terms.js';
import {
  BORDER,
  BORDER_V2,
  FOOTBALL,
  recordOf,
  SETTINGS,
  UNDATED,
  vectorOf,
} from './store-fixtures.js';

/** Runs `test` in a fresh folder for a store, removed afterwards. */
async function inStoreFolder(test: (dir: string) => Promise<void>, prefix = 'sourced-store-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    await test(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A store in `dir` holding the border and football articles. */
async function openFilledStore(dir: string) {
  const store = await openSqliteCorpusStore({ dir });
  await store.clear(SETTINGS);
  await store.apply({ upsert: [BORDER, FOOTBALL] });
  return store;
}

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

describeStoreContract('embedded, FTS5 ranking on the lexical thread', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sourced-store-'));
  let store = await openSqliteCorpusStore({ dir, lexicalThread: true, lexicalPostings: false });
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await openSqliteCorpusStore({ dir, lexicalThread: true, lexicalPostings: false });
      return store;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('the embedded store’s lexical thread', () => {
  /** The real thread, counting the generations its reads saw. */
  function watchedThread() {
    const generations: number[] = [];
    const start: typeof startLexicalSearchThread = (options) => {
      const thread = startLexicalSearchThread(options);
      return {
        close: () => thread.close(),
        async all(sql, args) {
          const read = await thread.all<never>(sql, args);
          generations.push(read.generation);
          return read;
        },
      };
    };
    return { generations, start };
  }

  const searches = [
    { query: 'smuggling at the border', k: 5 },
    { query: 'Who scored for the strikers?', k: 3 },
    { query: 'frontier fence markets trade', k: 10, filters: { sources: ['Dawn'] } },
    { query: 'the final', k: 2, filters: { dateFrom: '2023-01-01' } },
    { query: 'harbour boats', k: 5 },
  ];

  it('ranks exactly as the store’s own connection does, many searches at once', async () => {
    await inStoreFolder(async (dir) => {
      const filled = await openFilledStore(dir);
      await filled.apply({ upsert: [UNDATED] });
      await filled.close();
      const here = await openSqliteCorpusStore({
        dir,
        lexicalThread: false,
        lexicalPostings: false,
      });
      const expected = [];
      for (const search of searches) expected.push(await here.searchLexical(search));
      await here.close();
      const watched = watchedThread();
      const threaded = await openSqliteCorpusStore({
        dir,
        lexicalThread: true,
        lexicalPostings: false,
        startLexicalThread: watched.start,
      });
      expect(await Promise.all(searches.map((search) => threaded.searchLexical(search)))).toEqual(
        expected,
      );
      expect(watched.generations).toHaveLength(searches.length);
      expect(expected.flat().length).toBeGreaterThan(0);
      await threaded.close();
    });
  });

  it('answers a search under way when a change is written from the corpus after the change', async () => {
    await inStoreFolder(async (dir) => {
      const filled = await openFilledStore(dir);
      await filled.close();
      const watched = watchedThread();
      const store = await openSqliteCorpusStore({
        dir,
        lexicalThread: true,
        lexicalPostings: false,
        startLexicalThread: watched.start,
      });
      const search = { query: 'monsoon engineers postponed smuggling', k: 5 };
      const pending = store.searchLexical(search);
      await store.apply({ upsert: [BORDER_V2] });
      const during = await pending;
      // The thread answered from the corpus before the change: that answer was not used.
      expect(watched.generations).toHaveLength(1);
      const after = await store.searchLexical(search);
      await store.close();
      const here = await openSqliteCorpusStore({
        dir,
        lexicalThread: false,
        lexicalPostings: false,
      });
      expect(after).toEqual(await here.searchLexical(search));
      await here.close();
      expect(during).toEqual(after);
      expect(during.map((hit) => hit.chunkId)).toContain('border#0');
    });
  });
});

describe('the embedded store’s graph file', () => {
  it('is rebuilt from the database when damaged, with the same answers', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
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
      // The rebuilt graph holds every label ever assigned (removed ones marked): not rebuilt again.
      const again = await openSqliteCorpusStore({
        dir,
        onGraphRebuilt: (why) => reasons.push(why),
      });
      expect(reasons).toHaveLength(1);
      expect(await again.searchVectors(query)).toEqual(before);
      await again.close();
    });
  });

  it('is read in the background when asked: searches and changes wait for it, with the same answers', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      const query = { vector: vectorOf('q'), k: 10 };
      const before = await store.searchVectors(query);
      const bytes = store.bytes();
      await store.close();
      const reopened = await openSqliteCorpusStore({ dir, graphInBackground: true });
      // Told before the graph is read (the saved graph's size), the same after.
      expect(reopened.bytes()).toBe(bytes);
      expect(await reopened.searchVectors(query)).toEqual(before);
      await reopened.graphReady();
      expect(reopened.bytes()).toBe(bytes);
      await reopened.apply({ remove: ['football'] });
      expect((await reopened.searchVectors(query)).map((hit) => hit.chunkId)).toEqual(
        before.map((hit) => hit.chunkId).filter((chunkId) => chunkId.startsWith('border')),
      );
      await reopened.close();
    });
  });

  it('is rebuilt when damaged also when read in the background', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      const query = { vector: vectorOf('q'), k: 10 };
      const before = await store.searchVectors(query);
      await store.close();
      await writeFile(join(dir, 'vectors.hnsw'), Buffer.alloc(500, 7));
      const reasons: string[] = [];
      const reopened = await openSqliteCorpusStore({
        dir,
        graphInBackground: true,
        onGraphRebuilt: (why) => reasons.push(why),
      });
      await reopened.graphReady();
      expect(reasons).toEqual([expect.stringMatching(/vectors\.hnsw/)]);
      expect(await reopened.searchVectors(query)).toEqual(before);
      await reopened.close();
    });
  });
});

describe('the embedded store’s corpus statistics', () => {
  /** What the answer engine would count over the stored chunks and documents in memory. */
  async function recount(store: Awaited<ReturnType<typeof openSqliteCorpusStore>>, lemma: string) {
    let chunks = 0;
    let documents = 0;
    for (const summary of await store.listDocuments()) {
      const document = (await store.getDocument(summary.docId))!;
      if (bodyLemmas(document).has(lemma)) documents += 1;
      for (const chunk of await store.getDocumentChunks(summary.docId))
        if (chunkLemmas(chunk).has(lemma)) chunks += 1;
    }
    return { chunks, documents };
  }

  it('keeps each lemma’s chunk and document counts through upserts, replacements and removals', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      const lemmas = [
        ...chunkLemmas({ title: BORDER.document.title, text: BORDER.document.cleanText }),
      ];
      expect(store.lemmaFrequency('border').chunks).toBeGreaterThan(0);
      await store.apply({ upsert: [BORDER_V2] });
      await store.apply({ remove: ['football'] });
      for (const lemma of [...lemmas, 'goal', 'border', 'nothing-like-it'])
        expect(store.lemmaFrequency(lemma)).toEqual(await recount(store, lemma));
      await store.apply({ remove: ['border'] });
      expect(store.lemmaFrequency('border')).toEqual({ chunks: 0, documents: 0 });
      await store.close();
    });
  });

  it('reads documents and chunks synchronously, as the async reads give them', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      expect(store.readDocument('border')).toEqual(await store.getDocument('border'));
      expect(store.readDocumentChunks('football')).toEqual(
        await store.getDocumentChunks('football'),
      );
      expect(store.listChunkIds()).toEqual(
        [...BORDER.chunks, ...FOOTBALL.chunks].map((chunk) => chunk.chunkId),
      );
      expect([...store.eachDocument()].map((document) => document.docId)).toEqual([
        'border',
        'football',
      ]);
      await store.close();
    });
  });

  it('lists documents from an index holding every listed column, in a store made before it too', async () => {
    await inStoreFolder(async (dir) => {
      const first = await openFilledStore(dir);
      const listed = await first.listDocuments();
      await first.close();
      const plan = () => {
        const database = new Database(join(dir, 'corpus.db'));
        const detail = database
          .prepare<[], { detail: string }>(
            `EXPLAIN QUERY PLAN SELECT doc_id, title, date, source, path, format, content_hash,
             chunk_count FROM documents ORDER BY doc_id`,
          )
          .all()
          .map((row) => row.detail)
          .join('; ');
        database.close();
        return detail;
      };
      expect(plan()).toMatch(/COVERING INDEX document_summaries/u);
      const database = new Database(join(dir, 'corpus.db'));
      database.exec('DROP INDEX document_summaries');
      database.close();
      expect(plan()).not.toMatch(/COVERING INDEX/u);
      const store = await openSqliteCorpusStore({ dir });
      expect(plan()).toMatch(/COVERING INDEX document_summaries/u);
      expect(await store.listDocuments()).toEqual(listed);
      await store.close();
    });
  });

  it('lists chunk ids in a store made before its chunk-id index, once it is opened', async () => {
    await inStoreFolder(async (dir) => {
      await (await openFilledStore(dir)).close();
      // What a store of the previous release holds: the index by document without chunk ids.
      const database = new Database(join(dir, 'corpus.db'));
      database.exec(`DROP INDEX chunk_ids_by_document;
      CREATE INDEX chunks_by_document ON chunks(doc_id, ordinal);`);
      database.close();
      const store = await openSqliteCorpusStore({ dir });
      expect(store.listChunkIds()).toEqual(
        [...BORDER.chunks, ...FOOTBALL.chunks].map((chunk) => chunk.chunkId),
      );
      await store.close();
    });
  });
});

describe('the embedded store’s document keys', () => {
  it('keeps each document’s keys from index time through replacements and removals', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      await store.apply({ upsert: [BORDER_V2] });
      expect(store.readDocumentKeys()).toEqual(
        new Map([
          ['border', documentKeys(BORDER_V2.document)],
          ['football', documentKeys(FOOTBALL.document)],
        ]),
      );
      expect(documentKeys(BORDER_V2.document)).not.toEqual(documentKeys(BORDER.document));
      await store.apply({ remove: ['football'] });
      expect([...store.readDocumentKeys().keys()]).toEqual(['border']);
      await store.clear(SETTINGS);
      expect(store.readDocumentKeys().size).toBe(0);
      await store.close();
    });
  });

  it('makes the keys again from the documents’ text when a store lacks them (schema 4, or keys of another version)', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      const kept = store.readDocumentKeys();
      await store.close();
      // What a schema-4 store looks like: no keys table, no keys version.
      const database = new Database(join(dir, 'corpus.db'));
      database.exec(`DROP TABLE document_keys; DELETE FROM meta WHERE key = 'document_keys_version';
      UPDATE meta SET value = '4' WHERE key = 'schema_version';`);
      database.close();
      const upgraded = await openSqliteCorpusStore({ dir });
      expect(upgraded.readDocumentKeys()).toEqual(kept);
      await upgraded.close();
      // Keys written by another version of `documentKeys` are not trusted.
      const stale = new Database(join(dir, 'corpus.db'));
      stale.exec(`UPDATE document_keys SET header = 'stale';
      UPDATE meta SET value = '${DOCUMENT_KEYS_VERSION + 1}' WHERE key = 'document_keys_version';`);
      stale.close();
      const remade = await openSqliteCorpusStore({ dir });
      expect(remade.readDocumentKeys()).toEqual(kept);
      await remade.close();
    });
  });
});

describe('the embedded store’s document keys read ahead', () => {
  /** The real thread, recording the statements it was asked to run. */
  function recordingThread() {
    const statements: string[] = [];
    const start: typeof startLexicalSearchThread = (options) => {
      const thread = startLexicalSearchThread(options);
      return {
        close: () => thread.close(),
        all(sql, args) {
          statements.push(sql);
          return thread.all(sql, args);
        },
      };
    };
    return { statements, start };
  }

  const ODD = recordOf(
    'odd',
    'A title with “quotes” in it\n\nThe \u001e record and \u001f unit separators sit in the text. Ünïcödé 😀.',
  );

  it('are read on the lexical thread when asked, the same keys as read here', async () => {
    await inStoreFolder(async (dir) => {
      const filled = await openFilledStore(dir);
      await filled.apply({ upsert: [UNDATED] });
      const expected = filled.readDocumentKeys();
      await filled.close();
      const thread = recordingThread();
      const store = await openSqliteCorpusStore({
        dir,
        lexicalThread: true,
        documentKeysAhead: true,
        startLexicalThread: thread.start,
      });
      // Asked of the thread on opening, before anyone wants them.
      expect(thread.statements.filter((sql) => sql.includes('document_keys'))).toHaveLength(1);
      expect(await store.loadDocumentKeys()).toEqual(expected);
      expect(expected.size).toBe(3);
      await store.close();
    });
  });

  it('are read again, with the change, when a change was written after they were read ahead', async () => {
    await inStoreFolder(async (dir) => {
      const filled = await openFilledStore(dir);
      await filled.close();
      const store = await openSqliteCorpusStore({
        dir,
        lexicalThread: true,
        documentKeysAhead: true,
      });
      await store.apply({ upsert: [BORDER_V2, UNDATED] });
      const keys = await store.loadDocumentKeys();
      expect(keys).toEqual(store.readDocumentKeys());
      expect(keys.get('border')).toEqual(documentKeys(BORDER_V2.document));
      expect([...keys.keys()].sort()).toEqual(['border', 'football', 'undated']);
      await store.close();
    });
  });

  it('are the same when a document’s keys hold the characters the thread’s reply is joined by', async () => {
    await inStoreFolder(async (dir) => {
      const filled = await openFilledStore(dir);
      await filled.apply({ upsert: [ODD] });
      const expected = filled.readDocumentKeys();
      await filled.close();
      expect(expected.get('odd')!.edges).toContain('\u001e');
      const store = await openSqliteCorpusStore({
        dir,
        lexicalThread: true,
        documentKeysAhead: true,
      });
      expect(await store.loadDocumentKeys()).toEqual(expected);
      await store.close();
    });
  });

  it('are read here when the store has no lexical thread', async () => {
    await inStoreFolder(async (dir) => {
      const filled = await openFilledStore(dir);
      const expected = filled.readDocumentKeys();
      await filled.close();
      const store = await openSqliteCorpusStore({
        dir,
        lexicalThread: false,
        documentKeysAhead: true,
      });
      expect(await store.loadDocumentKeys()).toEqual(expected);
      await store.close();
    });
  });
});

describe('the embedded store’s lemma counts', () => {
  it('are counted again from the text when they were made by another `lemmatize` (LEMMA_VERSION)', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      const fence = store.lemmaFrequency('fence');
      expect(fence.chunks).toBeGreaterThan(0);
      await store.close();
      // Counts, chunk lemmas and document lemmas as an older lemmatizer might have left them.
      const stale = new Database(join(dir, 'corpus.db'));
      stale.exec(`DELETE FROM lemma_counts; UPDATE chunks SET lemmas = 'stale';
      UPDATE documents SET body_lemmas = 'stale';
      UPDATE meta SET value = '${LEMMA_VERSION - 1}' WHERE key = 'lemma_version';`);
      stale.close();
      const recounted = await openSqliteCorpusStore({ dir });
      expect(recounted.lemmaFrequency('fence')).toEqual(fence);
      expect(recounted.lemmaFrequency('stale')).toEqual({ chunks: 0, documents: 0 });
      // Removing a document afterwards takes away exactly what it added.
      await recounted.apply({ remove: ['border', 'football'] });
      expect(recounted.lemmaFrequency('fence')).toEqual({ chunks: 0, documents: 0 });
      await recounted.close();
    });
  });

  it('come with the lexical terms made again, so search finds what the new lemmas index', async () => {
    await inStoreFolder(async (dir) => {
      const store = await openFilledStore(dir);
      const expected = await store.searchLexical({ query: 'discussed smuggling', k: 3 });
      expect(expected.map((hit) => hit.chunkId.split('#')[0])).toContain('border');
      await store.close();
      // FTS5 terms as an older lemmatizer might have left them ("discuss" was "discus").
      const stale = new Database(join(dir, 'corpus.db'));
      stale.exec(`UPDATE chunks SET body_terms = 'stale', title_terms = 'stale';
      UPDATE meta SET value = '${LEMMA_VERSION - 1}' WHERE key = 'lemma_version';`);
      refillChunkTerms(stale);
      stale.close();
      const reopened = await openSqliteCorpusStore({ dir });
      expect(await reopened.searchLexical({ query: 'stale', k: 3 })).toEqual([]);
      expect(await reopened.searchLexical({ query: 'discussed smuggling', k: 3 })).toEqual(
        expected,
      );
      await reopened.close();
    });
  });
});

describe('the embedded store’s document summaries', () => {
  it('list each document’s metadata, hash and chunk count exactly, its format only when it has one', async () => {
    const converted = {
      ...FOOTBALL,
      document: { ...FOOTBALL.document, format: 'markdown' as const },
    };
    await inStoreFolder(async (dir) => {
      const store = await openSqliteCorpusStore({ dir });
      await store.clear(SETTINGS);
      await store.apply({ upsert: [BORDER, converted] });
      // Each summary from what was indexed: the columns' order is the rows' (raw rows).
      const expected = [BORDER, converted].map(({ document, contentHash, chunks }) => ({
        docId: document.docId,
        title: document.title,
        date: document.date,
        source: document.source,
        ...(document.format === undefined ? {} : { format: document.format }),
        contentHash,
        chunks: chunks.length,
      }));
      expect(expected[1]).toHaveProperty('format', 'markdown');
      expect(await store.listDocuments()).toEqual(expected);
      await store.close();
    });
  });
});

describe('the embedded store’s seeds-file stamps', () => {
  it('are trusted only under the ingestion version that wrote them', async () => {
    const stamp = {
      docId: '001_a',
      fileName: '001_a.txt',
      size: 10,
      mtimeMs: 1,
      sha256: 'f'.repeat(64),
      contentHash: 'c',
    };
    await inStoreFolder(async (dir) => {
      let store = await openSqliteCorpusStore({ dir, ingestVersion: 'one' });
      expect(store.ingestedByOtherVersion()).toBe(true);
      store.writeFileStamps([stamp]);
      expect(store.readFileStamps()).toEqual([stamp]);
      expect(store.ingestedByOtherVersion()).toBe(false);
      await store.close();
      store = await openSqliteCorpusStore({ dir, ingestVersion: 'two' });
      expect(store.readFileStamps()).toEqual([]);
      expect(store.ingestedByOtherVersion()).toBe(true);
      await store.close();
    }, 'sourced-stamps-');
  });
});
