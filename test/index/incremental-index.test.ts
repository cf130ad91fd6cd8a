/**
 * A start after one seed changed updates the index in place: only the
 * changed, added or removed documents are touched (only their chunks are
 * embedded); a new chunking or embedder still rebuilds everything.
 */
import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordVectorEmbedderSpec, type EmbedderSpec } from '../../src/embed/embedder-spec.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { createLogger } from '../../src/log/logger.js';
import { buildIndex } from '../../src/store/build-index.js';
import { ensureIndex } from '../../src/store/ensure-index.js';
import { countingEmbedderSpec } from '../helpers/counting-embedder.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
let seedsDir: string;
let indexDir: string;
const loadSourceVectors = createFakeWordVectors(['pakistan', 'iran', 'border', 'orchard']);
const CHANGED = '000_bcff9cf575703604';

async function options(embedderSpec: EmbedderSpec = wordVectorEmbedderSpec(), maxChars = 600) {
  return {
    documents: await loadDocuments(seedsDir),
    indexDir,
    embedderSpec,
    chunking: { maxChars, overlapSentences: 1 },
    logger: createLogger({ level: 'silent' }),
    loadSourceVectors,
  };
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-incremental-'));
  seedsDir = join(work, 'seeds');
  indexDir = join(work, 'index');
  await cp('seeds', seedsDir, { recursive: true });
  await buildIndex(await options());
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('starting on an index after seeds changed', () => {
  it('embeds only the edited, added documents and drops the deleted one', async () => {
    const [, , removed] = (await loadDocuments(seedsDir)).map((document) => document.path);
    await writeFile(
      join(seedsDir, `${CHANGED}.txt`),
      'Orchard frost\n\nThe Lindholm orchard lost a third of its plum blossom to frost.\n',
    );
    await writeFile(join(seedsDir, 'orchard-2.txt'), 'Orchard sale\n\nThe orchard was sold in May.\n');
    await unlink(removed!);
    const embedded: string[] = [];
    const index = await ensureIndex(await options(countingEmbedderSpec(embedded)));
    const touched = index.chunks.filter((chunk) =>
      [CHANGED, 'orchard-2'].includes(chunk.docId),
    );
    expect(embedded.length).toBe(touched.length);
    expect(embedded.every((text) => /orchard/iu.test(text))).toBe(true);
    const listed = (await index.store.listDocuments()).map((document) => document.docId);
    expect(listed).toContain('orchard-2');
    expect(listed).toHaveLength(5);
    const [best] = await index.store.searchLexical({ query: 'Lindholm plum blossom', k: 1 });
    expect(best?.chunkId.startsWith(CHANGED)).toBe(true);
    expect(index.chunks.some((chunk) => chunk.text.includes('Lindholm'))).toBe(true);
    await index.store.close();
  });

  it('re-indexes a document whose text is unchanged but which ingestion now reads differently', async () => {
    const embedded: string[] = [];
    const setup = await options(countingEmbedderSpec(embedded));
    const documents = setup.documents.map((document) =>
      document.docId === CHANGED ? { ...document, title: 'A title a newer ingestion found' } : document,
    );
    const index = await ensureIndex({ ...setup, documents });
    const touched = index.chunks.filter((chunk) => chunk.docId === CHANGED);
    expect(embedded).toHaveLength(touched.length);
    expect(touched.every((chunk) => chunk.title === 'A title a newer ingestion found')).toBe(true);
    await index.store.close();
  });

  it('embeds nothing when nothing changed', async () => {
    const embedded: string[] = [];
    const index = await ensureIndex(await options(countingEmbedderSpec(embedded)));
    expect(embedded).toEqual([]);
    await index.store.close();
  });

  it('rebuilds everything when the chunking changes', async () => {
    const embedded: string[] = [];
    const index = await ensureIndex(await options(countingEmbedderSpec(embedded), 300));
    expect(embedded.length).toBe(index.chunks.length);
    expect(index.manifest.chunking.maxChars).toBe(300);
    await index.store.close();
  });
});
