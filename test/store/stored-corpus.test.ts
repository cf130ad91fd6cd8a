/**
 * The stored corpus's documents hold their metadata and read their text from
 * the store on use; a copy of one (a spread, JSON) carries its text, since the
 * store may be closed by the time the copy is read. A document's chunks are read
 * once until the store changes, and shared frozen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  openSqliteCorpusStore,
  type SqliteCorpusStore,
} from '../../src/store/sqlite-corpus-store.js';
import { createStoredCorpus } from '../../src/store/stored-corpus.js';
import { BORDER, BORDER_V2, FOOTBALL, SETTINGS } from './store-fixtures.js';

let dir: string;
let store: SqliteCorpusStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourced-stored-corpus-'));
  store = await openSqliteCorpusStore({ dir });
  await store.clear(SETTINGS);
  await store.apply({ upsert: [BORDER, FOOTBALL] });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

it('gives each document its own text, read from the store only when used', async () => {
  const reads: string[] = [];
  const readDocument = store.readDocument.bind(store);
  Object.assign(store, {
    readDocument: (docId: string) => (reads.push(docId), readDocument(docId)),
  });
  const [border, football] = createStoredCorpus(store).documents(await store.listDocuments());
  expect(border!.title).toBe(BORDER.document.title);
  expect(reads).toEqual([]);
  expect(football!.cleanText).toBe(FOOTBALL.document.cleanText);
  expect(border!.fileText).toBe(BORDER.document.fileText);
  expect(border!.paragraphs).toEqual(BORDER.document.paragraphs);
  expect(reads).toEqual(['football', 'border']);
});

it('copies a document with its text: a spread and JSON read it too', async () => {
  const [border] = createStoredCorpus(store).documents(await store.listDocuments());
  const copied = { ...border! };
  const serialized = JSON.parse(JSON.stringify(border)) as Record<string, unknown>;
  for (const field of ['fileText', 'cleanText', 'metadata'] as const) {
    expect(Object.getOwnPropertyDescriptor(copied, field)?.value).toEqual(BORDER.document[field]);
    expect(serialized[field]).toEqual(BORDER.document[field]);
  }
});

it('reads a document’s chunks once, shares them frozen, and reads them again after a change', async () => {
  const reads: string[] = [];
  const readDocumentChunks = store.readDocumentChunks.bind(store);
  Object.assign(store, {
    readDocumentChunks: (docId: string) => (reads.push(docId), readDocumentChunks(docId)),
  });
  const corpus = createStoredCorpus(store);
  const chunks = corpus.chunksOf('border');
  expect(chunks.map((chunk) => chunk.text)).toEqual(BORDER.chunks.map((chunk) => chunk.text));
  expect(corpus.chunksOf('border')).toBe(chunks);
  expect(reads).toEqual(['border']);
  expect(() => {
    (chunks[0] as { text: string }).text = 'changed';
  }).toThrow(TypeError);
  expect(() => (chunks[0]!.sentences as { start: number }[]).pop()).toThrow(TypeError);

  await store.apply({ upsert: [BORDER_V2] });
  corpus.forget();
  expect(corpus.chunksOf('border').map((chunk) => chunk.text)).toEqual(
    BORDER_V2.chunks.map((chunk) => chunk.text),
  );
  expect(reads).toEqual(['border', 'border']);
});
