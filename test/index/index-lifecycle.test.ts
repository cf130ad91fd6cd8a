import { cp, mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { AppError } from '../../src/errors/app-error.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { loadWordVectorsFile } from '../../src/embed/word-vectors.js';
import { createLogger } from '../../src/log/logger.js';
import { buildIndex } from '../../src/store/build-index.js';
import { ensureIndex, indexStaleness } from '../../src/store/ensure-index.js';
import { openIndex } from '../../src/store/open-index.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
let seedsDir: string;
let indexDir: string;
const chunking = { maxChars: 600, overlapSentences: 1 };
const loadSourceVectors = createFakeWordVectors(['pakistan', 'iran', 'colonel', 'officers']);

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-index-'));
  seedsDir = join(work, 'seeds');
  indexDir = join(work, 'index');
  await cp('seeds', seedsDir, { recursive: true });
  await cp('index/README.md', join(indexDir, 'README.md')).catch(async () => {
    await writeFile(join(work, 'README.md'), '');
  });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function options() {
  return {
    documents: await loadDocuments(seedsDir),
    indexDir,
    embedderSpec: wordVectorEmbedderSpec(),
    chunking,
    logger: createLogger({ level: 'silent' }),
    loadSourceVectors,
  };
}

describe('the index on disk', () => {
  it('round-trips: what is built is what is opened', async () => {
    const manifest = await buildIndex(await options());
    const index = await openIndex({ indexDir, embedderSpec: wordVectorEmbedderSpec() });
    expect(index.manifest).toEqual(manifest);
    expect(index.chunks).toHaveLength(manifest.chunks);
    expect(await index.store.counts()).toEqual({ documents: 5, chunks: manifest.chunks });
    const query = await index.embedder.embedQuery(index.chunks[3]!.text);
    const [nearest] = await index.store.searchVectors({ vector: query, k: 1 });
    expect(nearest?.chunkId).toBe(index.chunks[3]!.chunkId);
    await index.store.close();
  });

  it('opens the built lexicon’s vectors, reading each on use instead of holding the file', async () => {
    await buildIndex(await options());
    const index = await openIndex({ indexDir, embedderSpec: wordVectorEmbedderSpec() });
    const whole = await loadWordVectorsFile(join(indexDir, 'data', 'lexicon.bin'));
    expect(index.lexicon.words).toEqual(whole.words);
    for (const word of whole.words)
      expect(Array.from(index.lexicon.vector(word)!)).toEqual(Array.from(whole.vector(word)!));
    // Each vector owns its values: none is a view of the file read whole.
    expect(index.lexicon.vector(whole.words[0]!)!.buffer.byteLength).toBe(
      index.lexicon.dimension * 4,
    );
    await index.store.close();
  });

  it('leaves the folder README in place and no temporary folders behind', async () => {
    await buildIndex(await options());
    await buildIndex(await options());
    const entries = await readdir(indexDir);
    expect(entries.sort()).toEqual(['README.md', 'data']);
  });

  it('needs a full build only for a new embedder or chunking, not for a changed or added seed', async () => {
    await buildIndex(await options());
    expect(await indexStaleness(await options())).toBeNull();
    await writeFile(join(seedsDir, '000_bcff9cf575703604.txt'), 'date 2024-04-30 Changed text.');
    await writeFile(join(seedsDir, 'mine.md'), 'A new article about the border.');
    expect(await indexStaleness(await options())).toBeNull();
    expect(await indexStaleness({ ...(await options()), chunking: { maxChars: 300, overlapSentences: 1 } })).not.toBeNull();
  });

  it('rebuilds a stale index when opened through ensureIndex', async () => {
    await buildIndex(await options());
    await writeFile(join(seedsDir, 'mine.md'), 'The frontier market opened on Friday.');
    const index = await ensureIndex(await options());
    expect(index.chunks.some((chunk) => chunk.docId === 'mine')).toBe(true);
  });

  it('refuses a corrupt manifest with a clear error', async () => {
    await buildIndex(await options());
    await writeFile(join(indexDir, 'data', 'manifest.json'), '{"version": 1, "oops"');
    const opening = openIndex({ indexDir, embedderSpec: wordVectorEmbedderSpec() });
    await expect(opening).rejects.toBeInstanceOf(AppError);
    await expect(opening).rejects.toThrow(/unreadable.*npm run index/);
  });

  it('rebuilds a truncated vectors file from the store instead of reading it', async () => {
    await buildIndex(await options());
    const path = join(indexDir, 'data', 'vectors.hnsw');
    await writeFile(path, (await readFile(path)).subarray(0, 100));
    const reasons: string[] = [];
    const index = await openIndex({
      indexDir,
      embedderSpec: wordVectorEmbedderSpec(),
      onGraphRebuilt: (why) => reasons.push(why),
    });
    expect(reasons).toEqual([expect.stringMatching(/vectors\.hnsw/)]);
    expect(await index.store.searchVectors({ vector: await index.embedder.embedQuery('border'), k: 3 })).toHaveLength(3);
    await index.store.close();
  });
});

describe('an index from an older version', () => {
  it('is rebuilt rather than refused', async () => {
    await buildIndex(await options());
    const path = join(indexDir, 'data', 'manifest.json');
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), version: 0 }));
    expect(await indexStaleness(await options())).toMatch(/index format changed/);
    const index = await ensureIndex(await options());
    expect(index.manifest.version).not.toBe(0);
  });
});
