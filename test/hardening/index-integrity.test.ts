/**
 * Fault suite, issue 12 item 1: a damaged index is refused with a clear
 * message (never handed to hnswlib, never silently wrong) and rebuilt from
 * the seeds; leftovers of killed builds are removed; INDEX_DIR as a file is
 * one clear error.
 */
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { AppError } from '../../src/errors/app-error.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { buildIndex } from '../../src/store/build-index.js';
import { findHnswFileProblem } from '../../src/store/check-hnsw-file.js';
import { ensureIndex } from '../../src/store/ensure-index.js';
import { describeFile, describeWindow } from '../../src/store/file-integrity.js';
import { withFileWindow } from '../../src/store/file-window.js';
import { openIndex } from '../../src/store/open-index.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';
import { recordingLogger } from '../llm/support/recording-logger.js';

let work: string;
let indexDir: string;
const embedderSpec = wordVectorEmbedderSpec();
const loadSourceVectors = createFakeWordVectors(['pakistan', 'iran', 'colonel', 'officers']);

/** Opens the index, recording why its graph was rebuilt, if it was. */
async function openRecordingRebuilds() {
  const reasons: string[] = [];
  const index = await openIndex({
    indexDir,
    embedderSpec,
    onGraphRebuilt: (why) => reasons.push(why),
  });
  return { index, reasons };
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-integrity-'));
  indexDir = join(work, 'index');
  await cp('seeds', join(work, 'seeds'), { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function options() {
  const { logger, lines } = recordingLogger();
  return {
    documents: await loadDocuments(join(work, 'seeds')),
    indexDir,
    embedderSpec,
    chunking: { maxChars: 600, overlapSentences: 1 },
    logger,
    lines,
    loadSourceVectors,
  };
}

const dataFile = (name: string) => join(indexDir, 'data', name);

/** Overwrites bytes 5000–5255 with pseudo-random bytes, as the reproduction does. */
async function damageVectors(): Promise<void> {
  const bytes = await readFile(dataFile('vectors.hnsw'));
  expect(bytes.length).toBeGreaterThan(5256);
  for (let index = 5000; index < 5256; index += 1) bytes[index] = (index * 197 + 89) & 0xff;
  await writeFile(dataFile('vectors.hnsw'), bytes);
}

describe('a damaged index', () => {
  it('records a SHA-256 and size of the lexicon in the manifest and of the graph in its stamp', async () => {
    const manifest = await buildIndex(await options());
    expect(manifest.integrity['lexicon.bin']).toEqual(await describeFile(dataFile('lexicon.bin')));
    const stamp = JSON.parse(await readFile(dataFile('vectors.json'), 'utf8'));
    expect(stamp.integrity).toEqual(await describeFile(dataFile('vectors.hnsw')));
  });

  it('refuses a lexicon whose bytes changed, naming the file, and ensureIndex rebuilds it', async () => {
    await buildIndex(await options());
    const bytes = await readFile(dataFile('lexicon.bin'));
    bytes[bytes.length - 3]! ^= 0xff;
    await writeFile(dataFile('lexicon.bin'), bytes);
    await expect(openIndex({ indexDir, embedderSpec })).rejects.toThrow(
      /lexicon\.bin: checksum mismatch/u,
    );
    const index = await ensureIndex(await options());
    expect(await describeFile(dataFile('lexicon.bin'))).toEqual(
      index.manifest.integrity['lexicon.bin'],
    );
    expect(index.lexicon.vector('pakistan')).toBeDefined();
    await index.store.close();
  });

  it('never hands a damaged graph to hnswlib: it is rebuilt from the stored vectors, same answers', async () => {
    await buildIndex(await options());
    const before = await openIndex({ indexDir, embedderSpec });
    const query = await before.embedder.embedQuery(before.chunks[2]!.text);
    const expected = await before.store.searchVectors({ vector: query, k: 5 });
    await before.store.close();
    await damageVectors();
    const { index, reasons } = await openRecordingRebuilds();
    expect(reasons).toEqual([expect.stringMatching(/vectors\.hnsw checksum mismatch/)]);
    expect(await index.store.searchVectors({ vector: query, k: 5 })).toEqual(expected);
    await index.store.close();
  });

  it('is caught by the HNSW check even when the stamp was rewritten to match', async () => {
    await buildIndex(await options());
    await damageVectors();
    const stamp = JSON.parse(await readFile(dataFile('vectors.json'), 'utf8'));
    stamp.integrity = await describeFile(dataFile('vectors.hnsw'));
    await writeFile(dataFile('vectors.json'), JSON.stringify(stamp));
    const { index, reasons } = await openRecordingRebuilds();
    expect(reasons).toEqual([expect.stringMatching(/^vectors\.hnsw (?!checksum)/)]);
    await index.store.close();
  });

  it('does not hash a graph again whose size and time are those of its save, but still checks its structure', async () => {
    await buildIndex(await options());
    const stamp = JSON.parse(await readFile(dataFile('vectors.json'), 'utf8'));
    expect(stamp.mtimeMs).toBe((await stat(dataFile('vectors.hnsw'))).mtimeMs);
    await damageVectors();
    // The damaged file given the time its stamp records (a whole second: set exactly).
    const saved = new Date(1_700_000_000_000);
    await utimes(dataFile('vectors.hnsw'), saved, saved);
    await writeFile(
      dataFile('vectors.json'),
      JSON.stringify({ ...stamp, mtimeMs: saved.getTime() }),
    );
    const { index, reasons } = await openRecordingRebuilds();
    // Not a checksum mismatch: the structure check found the damage.
    expect(reasons).toEqual([expect.stringMatching(/^vectors\.hnsw (?!checksum)/)]);
    await index.store.close();
  });

  it('refuses a damaged database with a message naming it', async () => {
    await buildIndex(await options());
    const bytes = await readFile(dataFile('corpus.db'));
    bytes.fill(0x5a, 0, 100);
    await writeFile(dataFile('corpus.db'), bytes);
    await rm(dataFile('corpus.db-wal'), { force: true });
    const opening = openIndex({ indexDir, embedderSpec });
    await expect(opening).rejects.toBeInstanceOf(AppError);
    await expect(opening).rejects.toMatchObject({ code: 'index_corrupt' });
    await expect(opening).rejects.toThrow(/corpus\.db.*npm run index/);
  });

  it('is rebuilt from the seeds by ensureIndex, with a warning, and answers searches again', async () => {
    const setup = await options();
    await buildIndex(setup);
    const bytes = await readFile(dataFile('corpus.db'));
    bytes.fill(0x5a, 0, 100);
    await writeFile(dataFile('corpus.db'), bytes);
    const index = await ensureIndex(setup);
    expect(setup.lines.some((line) => /^warn .*building index.*corpus\.db/u.test(line))).toBe(true);
    const query = await index.embedder.embedQuery(index.chunks[2]!.text);
    const [nearest] = await index.store.searchVectors({ vector: query, k: 1 });
    expect(nearest?.chunkId).toBe(index.chunks[2]!.chunkId);
    await index.store.close();
  });

  it('is rebuilt when the manifest itself is damaged', async () => {
    const setup = await options();
    await buildIndex(setup);
    await writeFile(dataFile('manifest.json'), '{"version": 3, "embedder": ');
    const index = await ensureIndex(setup);
    expect(index.chunks.length).toBeGreaterThan(0);
    await index.store.close();
  });
});

describe('the HNSW file check', () => {
  it('accepts the file a build writes and rejects truncation and foreign shapes', async () => {
    const manifest = await buildIndex(await options());
    const bytes = await readFile(dataFile('vectors.hnsw'));
    const expected = { dimension: manifest.embedder.dimension, count: manifest.chunks, m: 16 };
    expect(findHnswFileProblem(bytes, expected)).toBeNull();
    expect(findHnswFileProblem(bytes.subarray(0, 50), expected)).toMatch(/header/);
    expect(findHnswFileProblem(bytes.subarray(0, bytes.length - 9), expected)).not.toBeNull();
    expect(findHnswFileProblem(bytes, { ...expected, count: expected.count + 1 })).toMatch(/holds/);
    expect(findHnswFileProblem(bytes, { ...expected, dimension: 9 })).toMatch(/dimensions/);
  });
});

describe('the HNSW file check through a file window', () => {
  it('finds what it finds in the bytes read whole, however small the window', async () => {
    const manifest = await buildIndex(await options());
    const path = dataFile('vectors.hnsw');
    const bytes = await readFile(path);
    const expected = { dimension: manifest.embedder.dimension, count: manifest.chunks, m: 16 };
    const damagedLinks = Buffer.from(bytes);
    // The first upper-level list's length, past the level-0 records: no longer a whole list.
    const level0End = 96 + manifest.chunks * Number(bytes.readBigUInt64LE(24));
    damagedLinks.writeUInt32LE(3, level0End);
    const variants = [
      bytes,
      bytes.subarray(0, bytes.length - 9),
      Buffer.concat([bytes, Buffer.alloc(4)]),
      damagedLinks,
    ];
    const copy = join(work, 'graph-copy.hnsw');
    const found = new Set<string | null>();
    for (const variant of variants) {
      await writeFile(copy, variant);
      const whole = findHnswFileProblem(variant, expected);
      found.add(whole);
      for (const windowBytes of [7, 100, 4096, 1 << 20]) {
        const windowed = withFileWindow(
          copy,
          variant.length,
          (window) => ({
            problem: findHnswFileProblem(window, expected),
            integrity: describeWindow(window),
          }),
          windowBytes,
        );
        expect(windowed).toEqual({ problem: whole, integrity: await describeFile(copy) });
      }
    }
    // Sound, truncated, trailing bytes, a damaged list: four different findings.
    expect(found.size).toBe(4);
  });
});

describe('start-up housekeeping of INDEX_DIR', () => {
  it('removes temporary folders left by a killed build, but not those of a running one', async () => {
    const setup = await options();
    await buildIndex(setup);
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: never a running process
    await mkdir(join(indexDir, `.data-${deadPid}-1700000000000`, 'x'), { recursive: true });
    await mkdir(join(indexDir, `data.old-${deadPid}`), { recursive: true });
    await mkdir(join(indexDir, `.data-${process.pid}-1700000000000`), { recursive: true });
    await ensureIndex(setup);
    const entries = await readdir(indexDir);
    expect(entries).not.toContain(`.data-${deadPid}-1700000000000`);
    expect(entries).not.toContain(`data.old-${deadPid}`);
    expect(entries).toContain(`.data-${process.pid}-1700000000000`);
    expect(setup.lines.some((line) => line.includes('removed leftovers'))).toBe(true);
  });

  it('stops with one clear error naming INDEX_DIR when it is a file', async () => {
    const setup = await options();
    await writeFile(indexDir, 'not a folder');
    const ensuring = ensureIndex(setup);
    await expect(ensuring).rejects.toMatchObject({ code: 'config_invalid' });
    await expect(ensuring).rejects.toThrow(/INDEX_DIR ".*" is a file, not a folder/);
  });
});
