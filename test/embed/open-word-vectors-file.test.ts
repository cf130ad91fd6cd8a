/**
 * The lexicon read on use (`openWordVectorsFile`): the same words, ranks,
 * vectors and common component as the file holds, its checksum over the
 * whole file, vectors read from the file only when asked for and kept in a
 * bounded cache, and the file it opened read even after it is replaced.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWordVectorsFile } from '../../src/embed/open-word-vectors-file.js';
import { loadWordVectorsFile } from '../../src/embed/word-vectors.js';
import { expectSameVectors, saveFakeLexicon } from '../helpers/lexicon-file.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-lexicon-on-use-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const WORDS = ['pakistan', 'iran', 'orchard', 'colonel', 'officer', 'minister'];

const saved = (words = WORDS, name = 'lexicon.bin') =>
  saveFakeLexicon(work, words, name, (i) => -(i + 1) / 8);

describe('a lexicon read on use', () => {
  it('gives the same words, ranks, vectors and common component as the file read whole', async () => {
    const { path, source } = await saved();
    const file = openWordVectorsFile(path);
    const vectors = file.wordVectors();
    expectSameVectors(vectors, source);
    expectSameVectors(vectors, await loadWordVectorsFile(path));
    // Asked again (now from the cache): still the same values.
    expectSameVectors(vectors, source);
  });

  it('takes the checksum and size of the whole file', async () => {
    const { path } = await saved();
    const bytes = await readFile(path);
    const file = openWordVectorsFile(path);
    expect(file.bytes).toBe(bytes.length);
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    file.close();
  });

  it('holds no vector until one is asked for, then at most the cache’s number', async () => {
    const { path, source } = await saved();
    const vectors = openWordVectorsFile(path).wordVectors({ cachedVectors: 2 });
    const first = vectors.vector('pakistan')!;
    // No view of a whole-file buffer: each vector owns only its own values.
    expect(first.buffer.byteLength).toBe(source.dimension * 4);
    expect(vectors.vector('pakistan')).toBe(first);
    vectors.vector('iran');
    vectors.vector('orchard');
    // 'pakistan' was the oldest of three with room for two: read from the file again.
    const again = vectors.vector('pakistan')!;
    expect(again).not.toBe(first);
    expect(Array.from(again)).toEqual(Array.from(first));
  });

  it('keeps reading the file it opened when another is renamed over it', async () => {
    const { path, source } = await saved();
    const vectors = openWordVectorsFile(path).wordVectors();
    const { path: other } = await saved(['different', 'words', 'entirely'], 'other.bin');
    await rename(other, path);
    expectSameVectors(vectors, source);
  });

  it('refuses a file that is not a lexicon as corrupt', async () => {
    const path = join(work, 'not-a-lexicon.bin');
    await writeFile(path, 'just some text, long enough to have a prefix');
    const file = openWordVectorsFile(path);
    expect(() => file.wordVectors()).toThrow(expect.objectContaining({ code: 'index_corrupt' }));
  });

  it('refuses a lexicon whose vectors were cut short as corrupt', async () => {
    const { path } = await saved();
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 10));
    expect(() => openWordVectorsFile(path).wordVectors()).toThrow(/size mismatch/u);
  });
});
