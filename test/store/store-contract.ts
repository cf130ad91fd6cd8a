/**
 * The store contract: the same cases for every `CorpusStore` backend.
 * A backend's test file calls `describeStoreContract('sqlite', factory)`.
 * Each case gets a fresh, empty store from the factory and closes it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusStore, DocumentRecord } from '../../src/store/corpus-store.js';
import {
  BORDER,
  BORDER_V2,
  DIMENSION,
  FOOTBALL,
  MONTHLY,
  SETTINGS,
  UNDATED,
  vectorOf,
} from './store-fixtures.js';

export interface StoreUnderTest {
  store: CorpusStore;
  /** Closes `store` and opens the same data again (a restart); omit for stores without persistence. */
  reopen?: () => Promise<CorpusStore>;
  /** Removes files, databases, servers. */
  cleanup?: () => Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

const ids = (hits: { chunkId: string }[]) => hits.map((hit) => hit.chunkId);
const docOf = (chunkId: string) => chunkId.split('#')[0];

export function describeStoreContract(name: string, createStore: StoreFactory): void {
  describe(`CorpusStore contract: ${name}`, () => {
    let current: StoreUnderTest | undefined;
    let open: CorpusStore | undefined;

    async function fresh(records: DocumentRecord[] = []): Promise<CorpusStore> {
      current = await createStore();
      open = current.store;
      await open.clear(SETTINGS);
      if (records.length > 0) await open.apply({ upsert: records });
      return open;
    }

    afterEach(async () => {
      await open?.close().catch(() => undefined);
      await current?.cleanup?.();
      current = undefined;
      open = undefined;
    });

    it('starts empty and answers searches with nothing', async () => {
      current = await createStore();
      open = current.store;
      expect(await open.counts()).toEqual({ documents: 0, chunks: 0 });
      expect(await open.listDocuments()).toEqual([]);
      expect(await open.searchLexical({ query: 'border', k: 5 })).toEqual([]);
      expect(await open.searchVectors({ vector: vectorOf('x'), k: 5 })).toEqual([]);
      expect(await open.getDocument('border')).toBeUndefined();
    });

    it('records the settings a rebuild starts from', async () => {
      const store = await fresh();
      expect(await store.readSettings()).toEqual(SETTINGS);
    });

    it('lists documents with their metadata, hash and chunk count, without text', async () => {
      const store = await fresh([FOOTBALL, BORDER]);
      const listed = await store.listDocuments();
      expect(listed.map((document) => document.docId)).toEqual(['border', 'football']);
      expect(listed[0]).toMatchObject({
        docId: 'border',
        title: BORDER.document.title,
        date: '2022-02-15',
        source: 'Dawn',
        contentHash: BORDER.contentHash,
        chunks: BORDER.chunks.length,
      });
      expect(listed[0]).not.toHaveProperty('fileText');
      expect(await store.counts()).toEqual({
        documents: 2,
        chunks: BORDER.chunks.length + FOOTBALL.chunks.length,
      });
    });

    it('gives back documents and chunks exactly as indexed', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      const document = await store.getDocument('border');
      expect(document).toMatchObject({
        docId: 'border',
        fileText: BORDER.document.fileText,
        cleanText: BORDER.document.cleanText,
        paragraphs: BORDER.document.paragraphs,
        metadata: BORDER.document.metadata,
        title: BORDER.document.title,
      });
      const wanted = [FOOTBALL.chunks[0]!.chunkId, 'nope#1', BORDER.chunks[1]!.chunkId];
      const chunks = await store.getChunks(wanted);
      expect(chunks.map((chunk) => chunk.chunkId)).toEqual([wanted[0], wanted[2]]);
      expect(chunks[1]).toEqual(BORDER.chunks[1]);
      expect(await store.getDocumentChunks('border')).toEqual(BORDER.chunks);
      for (const chunk of chunks)
        for (const sentence of chunk.sentences)
          expect(chunk.text).toContain(
            (chunk.docId === 'border' ? BORDER : FOOTBALL).document.fileText.slice(
              sentence.start,
              sentence.end,
            ),
          );
    });

    it('finds chunks by their words, lemmatized, best match first', async () => {
      const store = await fresh([BORDER, FOOTBALL, UNDATED]);
      const hits = await store.searchLexical({ query: 'Who scored for the strikers?', k: 3 });
      expect(hits[0]?.chunkId).toBe(FOOTBALL.chunks[0]!.chunkId);
      expect(hits.every((hit, index) => index === 0 || hits[index - 1]!.score >= hit.score)).toBe(
        true,
      );
      const smuggling = await store.searchLexical({ query: 'smuggling', k: 10 });
      expect(new Set(ids(smuggling).map(docOf))).toEqual(new Set(['border', 'undated']));
      expect(await store.searchLexical({ query: 'the of and', k: 5 })).toEqual([]);
      expect(await store.searchLexical({ query: 'zeppelin', k: 5 })).toEqual([]);
      expect(await store.searchLexical({ query: 'smuggling', k: 1 })).toHaveLength(1);
    });

    it('survives hostile lexical queries (quotes, operators, punctuation)', async () => {
      const store = await fresh([BORDER]);
      for (const query of [
        '"border',
        'border AND OR NOT',
        'fence*',
        '(near)',
        "o'neil:",
        'NEAR(a b)',
      ])
        await expect(store.searchLexical({ query, k: 5 })).resolves.toBeInstanceOf(Array);
      expect(
        ids(await store.searchLexical({ query: 'border" OR "', k: 5 })).length,
      ).toBeGreaterThan(0);
    });

    it('finds the nearest chunk by vector', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      const target = FOOTBALL.chunks[1] ?? FOOTBALL.chunks[0]!;
      const hits = await store.searchVectors({
        vector: vectorOf(target.chunkId + target.text),
        k: 3,
      });
      expect(hits[0]?.chunkId).toBe(target.chunkId);
      expect(hits[0]?.score).toBeCloseTo(1, 4);
      expect(hits.length).toBe(3);
    });

    it('applies filters inside both searches', async () => {
      const store = await fresh([BORDER, FOOTBALL, UNDATED]);
      const everything = 'smuggling border stadium striker harbour';
      const docsOf = async (filters: Parameters<CorpusStore['searchLexical']>[0]['filters']) => {
        const lexical = await store.searchLexical({ query: everything, k: 50, filters });
        const dense = await store.searchVectors({ vector: vectorOf('q'), k: 50, filters });
        return {
          lexical: [...new Set(ids(lexical).map(docOf))].sort(),
          dense: [...new Set(ids(dense).map(docOf))].sort(),
        };
      };
      const both = (docs: string[]) => ({ lexical: docs, dense: docs });
      expect(await docsOf({})).toEqual(both(['border', 'football', 'undated']));
      expect(await docsOf({ docIds: ['football', 'undated'] })).toEqual(
        both(['football', 'undated']),
      );
      expect(await docsOf({ sources: ['Dawn'] })).toEqual(both(['border']));
      expect(await docsOf({ dateFrom: '2023-01-01' })).toEqual(both(['football']));
      expect(await docsOf({ dateTo: '2022-12-31' })).toEqual(both(['border']));
      expect(await docsOf({ dateFrom: '2022-02-15', dateTo: '2023-05-20' })).toEqual(
        both(['border', 'football']),
      );
      expect(await docsOf({ docIds: ['border'], sources: ['Evening Post'] })).toEqual(both([]));
      expect(await docsOf({ docIds: [] })).toEqual(both([]));
    });

    it('keeps a document dated to a month only in every range overlapping that month', async () => {
      expect(MONTHLY.document.date).toBe('2021-03');
      const store = await fresh([MONTHLY]);
      const docsOf = async (filters: Parameters<CorpusStore['searchLexical']>[0]['filters']) => {
        const lexical = await store.searchLexical({ query: 'harbour boats', k: 5, filters });
        const dense = await store.searchVectors({ vector: vectorOf('q'), k: 5, filters });
        return [...new Set([...ids(lexical), ...ids(dense)].map(docOf))];
      };
      expect(await docsOf({ dateFrom: '2021-03-15' })).toEqual(['monthly']);
      expect(await docsOf({ dateTo: '2021-03-01' })).toEqual(['monthly']);
      expect(await docsOf({ dateFrom: '2021-03-31', dateTo: '2021-03-31' })).toEqual(['monthly']);
      expect(await docsOf({ dateFrom: '2021-04-01' })).toEqual([]);
      expect(await docsOf({ dateTo: '2021-02-28' })).toEqual([]);
    });

    it('replaces a document: old chunks leave every search, new ones join', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      await store.apply({ upsert: [BORDER_V2] });
      expect(await store.counts()).toEqual({
        documents: 2,
        chunks: BORDER_V2.chunks.length + FOOTBALL.chunks.length,
      });
      expect(await store.searchLexical({ query: 'smuggling Quetta', k: 5 })).toEqual([]);
      const monsoon = await store.searchLexical({ query: 'monsoon', k: 5 });
      expect(ids(monsoon)[0]).toBe(BORDER_V2.chunks[0]!.chunkId);
      expect(new Set(ids(monsoon).map(docOf))).toEqual(new Set(['border']));
      expect((await store.getDocument('border'))?.fileText).toBe(BORDER_V2.document.fileText);
      expect(await store.getDocumentChunks('border')).toEqual(BORDER_V2.chunks);
      const dense = await store.searchVectors({ vector: vectorOf('q'), k: 50 });
      const stored = new Set(
        [...BORDER_V2.chunks, ...FOOTBALL.chunks].map((chunk) => chunk.chunkId),
      );
      expect(new Set(ids(dense))).toEqual(stored);
      const old = BORDER.chunks[0]!;
      const nearOld = await store.searchVectors({ vector: vectorOf(old.chunkId + old.text), k: 1 });
      expect(nearOld[0]?.score).toBeLessThan(0.9999);
      expect((await store.listDocuments())[0]?.contentHash).toBe(BORDER_V2.contentHash);
    });

    it('removes a document from listings, reads and both searches', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      await store.apply({ remove: ['border', 'never-there'] });
      expect((await store.listDocuments()).map((document) => document.docId)).toEqual(['football']);
      expect(await store.getDocument('border')).toBeUndefined();
      expect(await store.getChunks([BORDER.chunks[0]!.chunkId])).toEqual([]);
      expect(await store.searchLexical({ query: 'border smuggling', k: 5 })).toEqual([]);
      const dense = await store.searchVectors({ vector: vectorOf('q'), k: 50 });
      expect(new Set(ids(dense).map(docOf))).toEqual(new Set(['football']));
    });

    it('changes nothing when one record of a change is invalid', async () => {
      const store = await fresh([BORDER]);
      const broken: DocumentRecord = { ...FOOTBALL, vectors: FOOTBALL.vectors.map(() => [1, 2]) };
      await expect(store.apply({ upsert: [BORDER_V2, broken], remove: [] })).rejects.toThrow();
      expect((await store.listDocuments()).map((document) => document.docId)).toEqual(['border']);
      expect((await store.getDocument('border'))?.fileText).toBe(BORDER.document.fileText);
      expect(ids(await store.searchLexical({ query: 'Quetta', k: 5 }))).toHaveLength(1);
      expect(await store.searchLexical({ query: 'monsoon', k: 5 })).toEqual([]);
      const dense = await store.searchVectors({ vector: vectorOf('q'), k: 50 });
      expect(dense).toHaveLength(BORDER.chunks.length);
    });

    it('never shows a reader half of a change', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      const before = new Set(
        ids(await store.searchLexical({ query: 'border frontier fence', k: 50 })),
      );
      const update = store.apply({ upsert: [BORDER_V2], remove: ['football'] });
      const seen: string[][] = [];
      for (let round = 0; round < 20; round += 1)
        seen.push(ids(await store.searchLexical({ query: 'border frontier fence', k: 50 })));
      await update;
      const after = new Set(
        ids(await store.searchLexical({ query: 'border frontier fence', k: 50 })),
      );
      for (const result of seen) {
        const set = new Set(result);
        const same = (other: Set<string>) =>
          set.size === other.size && [...set].every((id) => other.has(id));
        expect(same(before) || same(after)).toBe(true);
      }
      expect((await store.counts()).documents).toBe(1);
    });

    it('clear empties the store and records new settings', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      const next = { ...SETTINGS, chunking: { maxChars: 300, overlapSentences: 1 } };
      await store.clear(next);
      expect(await store.counts()).toEqual({ documents: 0, chunks: 0 });
      expect(await store.searchLexical({ query: 'border', k: 5 })).toEqual([]);
      expect(await store.searchVectors({ vector: vectorOf('q'), k: 5 })).toEqual([]);
      expect(await store.readSettings()).toEqual(next);
      await store.apply({ upsert: [FOOTBALL] });
      expect((await store.counts()).documents).toBe(1);
    });

    it('keeps everything across a restart', async () => {
      const store = await fresh([BORDER, FOOTBALL]);
      await store.apply({ upsert: [BORDER_V2] });
      if (!current?.reopen) return;
      open = await current.reopen();
      expect(await open.readSettings()).toEqual(SETTINGS);
      expect(await open.getDocumentChunks('border')).toEqual(BORDER_V2.chunks);
      expect(ids(await open.searchLexical({ query: 'monsoon', k: 5 }))[0]).toBe('border#0');
      const dense = await open.searchVectors({ vector: vectorOf('q'), k: 50 });
      expect(dense).toHaveLength(BORDER_V2.chunks.length + FOOTBALL.chunks.length);
      expect(DIMENSION).toBe(SETTINGS.embedder.dimension);
    });
  });
}
