/**
 * Start-up on a built embedded index reads only the seeds-folder files that
 * changed since the store last read them (by name, size and modification
 * time, then by document hash); the others come from the store, text and
 * all. A changed file is still picked up, and a file touched without a
 * change is read but not re-embedded.
 */
import { cp, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { loadLibrary } from '../../src/ingest/formats/library-files.js';
import { buildIndex } from '../../src/store/build-index.js';
import { openSeedsIndex, stampsOf } from '../../src/store/open-seeds-index.js';
import { createCorpusStructures } from '../../src/deps.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { countingEmbedderSpec } from '../helpers/counting-embedder.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
let seedsDir: string;
let indexDir: string;
const loadSourceVectors = createFakeWordVectors(['pakistan', 'iran', 'border', 'orchard']);
const EDITED = '000_bcff9cf575703604';
/** A time well before the test: files older than a couple of seconds are vouched for. */
const PAST = new Date('2024-01-01T00:00:00Z');

async function start(embedded: string[] = []) {
  const opened = await openSeedsIndex({
    seedsDir,
    indexDir,
    embedderSpec: countingEmbedderSpec(embedded),
    chunking: { maxChars: 600, overlapSentences: 1 },
    logger: createLogger({ level: 'silent' }),
    loadSourceVectors,
  });
  return opened;
}

async function age(fileName: string, when = PAST) {
  await utimes(join(seedsDir, fileName), when, when);
}

const file = (docId: string) => join(seedsDir, `${docId}.txt`);

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-start-up-'));
  seedsDir = join(work, 'seeds');
  indexDir = join(work, 'index');
  await cp('seeds', seedsDir, { recursive: true });
  for (const name of ['000_bcff9cf575703604', '004_d8be782e761c7253']) await age(`${name}.txt`);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('starting on a built index', () => {
  it('does not read a file whose name, size and time are unchanged: its document comes from the store', async () => {
    const first = await start();
    await first.index.store.close();
    // The same size and time with other bytes: only a read of the file could see it.
    const original = await readFile(file(EDITED), 'utf8');
    const { mtime } = await stat(file(EDITED));
    await writeFile(file(EDITED), original.replace(/Pakistan/u, 'Pakistam'));
    await utimes(file(EDITED), mtime, mtime);
    const embedded: string[] = [];
    const second = await start(embedded);
    const entry = second.library.find((candidate) => candidate.document.docId === EDITED)!;
    expect(entry.reused).toBe(true);
    expect(second.documents.find((document) => document.docId === EDITED)!.fileText).toBe(
      original,
    );
    expect(embedded).toEqual([]);
    await second.index.store.close();
  });

  it('builds the answer engine’s catalogue from the keys the store kept, reading no document’s text', async () => {
    const first = await start();
    await first.index.store.close();
    const second = await start();
    const { store } = second.index;
    const read = () => {
      throw new Error('a document’s text was read at start-up');
    };
    Object.assign(store, { readDocument: read, eachDocument: read, getDocument: read });
    const structures = createCorpusStructures({
      documents: second.documents,
      chunks: second.index.chunks,
      lexicon: second.index.lexicon,
      parser: createTextParser(),
      minCoverage: 0.5,
      stored: { store, corpus: second.corpus },
    });
    expect(structures.catalogue.headers.size).toBe(second.documents.length);
    const question = [{ role: 'user' as const, content: 'What did the Dawn piece say?' }];
    expect(structures.analyzer.analyze(question).documents.length).toBeGreaterThan(0);
    await store.close();
  });

  it('reads, re-indexes and answers from a changed file, and only embeds it', async () => {
    const first = await start();
    await first.index.store.close();
    const changed = 'Orchard frost\n\nThe Lindholm orchard lost a third of its plum blossom to frost.\n';
    await writeFile(file(EDITED), changed);
    const embedded: string[] = [];
    const second = await start(embedded);
    expect(second.library.find((entry) => entry.document.docId === EDITED)!.reused).toBe(false);
    expect(second.documents.find((document) => document.docId === EDITED)!.fileText).toBe(
      changed,
    );
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.every((text) => /orchard/iu.test(text))).toBe(true);
    const chunks = await second.index.store.getDocumentChunks(EDITED);
    expect(chunks.some((chunk) => chunk.text.includes('plum blossom'))).toBe(true);
    await second.index.store.close();
  });

  it('hands on the document list read on opening, and not once the store changed', async () => {
    const first = await start();
    await first.index.store.close();
    const second = await start();
    expect(second.index.listed).toEqual(await second.index.store.listDocuments());
    await second.index.store.close();
    await writeFile(file(EDITED), 'Orchard frost\n\nThe orchard lost its plum blossom.\n');
    const third = await start();
    expect(third.index.listed).toBeUndefined();
    await third.index.store.close();
  });

  it('reads a touched file once, takes its document from the store by its bytes, embeds nothing, and vouches for it by its new time on the next start', async () => {
    const first = await start();
    await first.index.store.close();
    const touched = new Date('2024-02-01T00:00:00Z');
    await age(`${EDITED}.txt`, touched);
    const embedded: string[] = [];
    const second = await start(embedded);
    const entry = second.library.find((candidate) => candidate.document.docId === EDITED)!;
    expect(entry.reused).toBe(true);
    expect(entry.file!.mtimeMs).toBe(touched.getTime());
    expect(embedded).toEqual([]);
    await second.index.store.close();
    // Other bytes of the same size under the new time: only a stamp with that time vouches.
    const original = await readFile(file(EDITED), 'utf8');
    await writeFile(file(EDITED), original.replace(/Pakistan/u, 'Pakistam'));
    await age(`${EDITED}.txt`, touched);
    const third = await start();
    expect(third.library.find((candidate) => candidate.document.docId === EDITED)!.reused).toBe(
      true,
    );
    expect(third.documents.find((document) => document.docId === EDITED)!.fileText).toBe(original);
    await third.index.store.close();
  });

  it('cleans a file read again whose bytes changed, even when its size did not', async () => {
    const first = await start();
    await first.index.store.close();
    const original = await readFile(file(EDITED), 'utf8');
    await writeFile(file(EDITED), original.replace(/Pakistan/u, 'Pakistam'));
    await age(`${EDITED}.txt`, new Date('2024-02-01T00:00:00Z'));
    const second = await start();
    expect(second.library.find((entry) => entry.document.docId === EDITED)!.reused).toBe(false);
    expect(second.documents.find((document) => document.docId === EDITED)!.fileText).toContain(
      'Pakistam',
    );
    await second.index.store.close();
  });

  it('reads a file again when the store no longer holds the document it was read as', async () => {
    const first = await start();
    // A change made while running (an upload replacing it) leaves the file's stamp behind.
    const replaced = first.documents.find((document) => document.docId === EDITED)!;
    const record = (await first.index.store.getDocument(EDITED))!;
    await first.index.store.apply({
      upsert: [
        {
          document: { ...record, title: 'Replaced while running' },
          contentHash: 'another',
          chunks: [],
          vectors: [],
        },
      ],
    });
    expect(replaced.docId).toBe(EDITED);
    await first.index.store.close();
    const second = await start();
    expect(second.library.find((entry) => entry.document.docId === EDITED)!.reused).toBe(false);
    expect((await second.index.store.getDocument(EDITED))!.title).not.toBe(
      'Replaced while running',
    );
    await second.index.store.close();
  });

  it.each([
    ['given', false],
    ['made by a function once every document is written, as `npm run index` does', true],
  ])('reads none of the files `npm run index` just stamped (stamps %s)', async (_, lazily) => {
    const library = await loadLibrary(seedsDir);
    let stamped = 0;
    const stamps = () => {
      stamped += 1;
      return stampsOf(library);
    };
    await buildIndex({
      documents: library.map((entry) => entry.document),
      indexDir,
      embedderSpec: wordVectorEmbedderSpec(),
      chunking: { maxChars: 600, overlapSentences: 1 },
      loadSourceVectors,
      files: lazily ? stamps : stamps(),
    });
    expect(stamped).toBe(1);
    const embedded: string[] = [];
    const started = await start(embedded);
    const reused = started.library.filter((entry) => entry.reused).map((entry) => entry.fileName);
    expect(reused).toEqual([`${EDITED}.txt`, '004_d8be782e761c7253.txt']);
    expect(embedded).toEqual([]);
    await started.index.store.close();
  });
});
