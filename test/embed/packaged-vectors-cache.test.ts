/**
 * The packaged word vectors' binary copy: the first load parses the JSON and
 * writes the copy, later loads read it (the same words and floats), and a copy
 * of another file, another package version or cut short is not used.
 */
import { mkdtemp, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadPackagedWordVectors,
  sharedRowsOf,
  type LoadPackagedWordVectorsOptions,
} from '../../src/embed/word-vectors.js';

const vectorsJson = (scale: number) =>
  JSON.stringify({
    precision: 6,
    dimensions: 3,
    words: ['the', 'border', 'talks', 'naïve'],
    vectors: {
      the: [0.1 * scale, 0.2, 0.3],
      border: [-1.5, 2.25e-3, 7],
      talks: [3, 4, 0],
      naïve: [0.5, -0.5, 0.125 * scale],
    },
  });

let folder: string;
let sourcePath: string;
let cachePath: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'packaged-vectors-'));
  sourcePath = join(folder, 'vectors.json');
  cachePath = join(folder, 'cache', 'vectors.bin');
  await writeFile(sourcePath, vectorsJson(1));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Loads the fixture's vectors; gives their words, floats and where they came from. */
async function load(options: LoadPackagedWordVectorsOptions = {}) {
  let from: string | undefined;
  const vectors = await loadPackagedWordVectors({
    sourcePath,
    packageVersion: '1.0.0',
    cachePath,
    onRead: (source) => (from = source),
    ...options,
  });
  const rows = sharedRowsOf(vectors)!;
  return { from, words: rows.words, data: Array.from(rows.data), shared: rows };
}

describe('the packaged word vectors’ binary copy', () => {
  it('is written by the first load and read by the next, with the same words and floats', async () => {
    const parsed = await load({ cachePath: null });
    const first = await load();
    const second = await load();
    expect([parsed.from, first.from, second.from]).toEqual(['parsed', 'written', 'cache']);
    expect(second.words).toEqual(parsed.words);
    expect(second.data).toEqual(parsed.data);
    expect(first.data).toEqual(parsed.data);
    expect(second.shared.data.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('stands in for the JSON, which is not read again while it is the same file', async () => {
    // Whole seconds: the time set again below is then the very same.
    const modified = new Date('2026-01-02T03:04:05Z');
    await utimes(sourcePath, modified, modified);
    const parsed = await load();
    // Bytes the parser would refuse, the same size and modification time: only the copy is read.
    await writeFile(sourcePath, '#'.repeat((await stat(sourcePath)).size));
    await utimes(sourcePath, modified, modified);
    const again = await load();
    expect(again.from).toBe('cache');
    expect(again.data).toEqual(parsed.data);
  });

  it('is not used for a changed file or another package version', async () => {
    await load();
    await writeFile(sourcePath, vectorsJson(3));
    const changed = await load();
    expect(changed.from).toBe('written');
    expect(changed.data).toEqual((await load({ cachePath: null })).data);
    expect((await load({ packageVersion: '1.0.1' })).from).toBe('written');
    expect((await load({ packageVersion: '1.0.1' })).from).toBe('cache');
  });

  it('is not used when cut short, and is written again whole', async () => {
    const parsed = await load();
    const { size } = await stat(cachePath);
    await truncate(cachePath, size - 4);
    const again = await load();
    expect(again.from).toBe('written');
    expect(again.data).toEqual(parsed.data);
    expect((await stat(cachePath)).size).toBe(size);
    expect((await load()).from).toBe('cache');
  });

  it('leaves the load as it was when it cannot be written', async () => {
    // The copy's folder is a file: nothing can be written under it.
    await writeFile(join(folder, 'cache'), 'not a folder');
    const loaded = await load();
    expect(loaded.from).toBe('parsed');
    expect(loaded.data).toEqual((await load({ cachePath: null })).data);
    expect(await readFile(join(folder, 'cache'), 'utf8')).toBe('not a folder');
  });
});
