/**
 * The lexicon file read back: the same words, ranks and vectors as were
 * saved, and the vectors a view of the bytes read (no second copy of the
 * file's float data), whatever the JSON header's length.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWordVectorsFile } from '../../src/embed/read-word-vectors-file.js';
import { loadWordVectorsFile, parseWordVectorsFile } from '../../src/embed/word-vectors.js';
import { wordVectorsDataOffset } from '../../src/embed/word-vectors-layout.js';
import { expectSameVectors, saveFakeLexicon } from '../helpers/lexicon-file.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-lexicon-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Four word lists whose headers differ in length by one byte each: every alignment of the data. */
const WORD_LISTS = [['orchard'], ['orchards'], ['orchardss'], ['orchardsss']];

const saved = (words: string[]) =>
  saveFakeLexicon(work, words, `${words.join('-')}.bin`, (i) => i / 8);

describe('reading a lexicon file', () => {
  it('covers every alignment of the data among the test files', async () => {
    const offsets = new Set<number>();
    for (const words of WORD_LISTS) {
      const { path } = await saved(words);
      offsets.add(wordVectorsDataOffset(await readFile(path))! % 4);
    }
    expect([...offsets].sort()).toEqual([0, 1, 2, 3]);
  });

  it('reads the file’s exact bytes, with the data on a 4-byte boundary of its memory', async () => {
    for (const words of WORD_LISTS) {
      const { path } = await saved(words);
      const bytes = await readWordVectorsFile(path);
      expect(bytes.equals(await readFile(path))).toBe(true);
      expect((bytes.byteOffset + wordVectorsDataOffset(bytes)!) % 4).toBe(0);
    }
  });

  it('gives back the saved words, ranks, vectors and common component', async () => {
    for (const words of WORD_LISTS) {
      const { path, source } = await saved(words);
      expectSameVectors(await loadWordVectorsFile(path), source);
      expectSameVectors(parseWordVectorsFile(await readFile(path), path), source);
    }
  });

  it('makes the vectors a view of the bytes read, not a second copy of them', async () => {
    for (const words of WORD_LISTS) {
      const { path } = await saved(words);
      const bytes = await readWordVectorsFile(path);
      const vectors = parseWordVectorsFile(bytes, path);
      expect(vectors.vector(words[0]!)!.buffer).toBe(bytes.buffer);
    }
  });

  it('still reads bytes whose data is not aligned (copying them)', async () => {
    const { path, source } = await saved(['orchard']);
    const file = await readFile(path);
    for (const shift of [1, 2, 3]) {
      const bytes = Buffer.from(new ArrayBuffer(file.length + shift), shift, file.length);
      file.copy(bytes);
      expectSameVectors(parseWordVectorsFile(bytes, path), source);
    }
  });
});
