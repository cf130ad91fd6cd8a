/**
 * A build hands the seeds files' stamps the content hash of each document it
 * wrote, so making the stamps does not hash every document a second time; the
 * stamps are the ones `stampsOf` makes by hashing.
 */
import { cp, mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import { loadLibrary } from '../../src/ingest/formats/library-files.js';
import { buildIndex } from '../../src/store/build-index.js';
import { hashDocument } from '../../src/store/index-manifest.js';
import { stampsOf } from '../../src/store/open-seeds-index.js';
import type { FileStamp } from '../../src/store/sqlite-corpus-store.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-build-stamps-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

it('a build gives the stamps each document’s content hash as written, and they are the stamps hashing makes', async () => {
  // Files modified a moment ago are not stamped: these were copied an hour ago.
  const seedsDir = join(work, 'seeds');
  await cp('seeds', seedsDir, { recursive: true });
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const name of await readdir(seedsDir))
    await utimes(join(seedsDir, name), anHourAgo, anHourAgo);
  const library = await loadLibrary(seedsDir);
  const documents = library.map((entry) => entry.document);
  let given: ReadonlyMap<SourceDocument, string> | undefined;
  let stamps: FileStamp[] = [];
  await buildIndex({
    documents,
    indexDir: join(work, 'index'),
    embedderSpec: wordVectorEmbedderSpec(),
    chunking: { maxChars: 600, overlapSentences: 1 },
    loadSourceVectors: createFakeWordVectors(['pakistan', 'iran', 'colonel', 'officers']),
    // Several transactions: the hashes of every batch are handed over.
    firstWriteBatch: 1,
    writeBatch: 2,
    files: (contentHashes) => {
      given = contentHashes;
      return (stamps = stampsOf(library, [], contentHashes));
    },
  });
  expect(documents.length).toBeGreaterThan(3);
  expect(given?.size).toBe(documents.length);
  for (const document of documents) expect(given?.get(document)).toBe(hashDocument(document));
  expect(stamps).toHaveLength(documents.length);
  expect(stamps).toEqual(stampsOf(library));
});
