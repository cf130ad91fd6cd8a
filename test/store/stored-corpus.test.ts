/**
 * The stored corpus's documents hold their metadata and read their text from
 * the store on use; a copy of one (a spread, JSON) carries its text, since the
 * store may be closed by the time the copy is read.
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
import { BORDER, FOOTBALL, SETTINGS } from './store-fixtures.js';

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
