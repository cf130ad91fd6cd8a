/**
 * The order of a full build's steps around the graph's thread: the first
 * vectors reach it after a small first write, and the lexicon is written while
 * it finishes, not after.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { buildIndex, type BuildProgress } from '../../src/store/build-index.js';
import { startHnswBuildThread } from '../../src/store/hnsw-build-thread.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-build-order-'));
  await cp('seeds', join(work, 'seeds'), { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function options() {
  return {
    documents: await loadDocuments(join(work, 'seeds')),
    indexDir: join(work, 'index'),
    embedderSpec: wordVectorEmbedderSpec(),
    chunking: { maxChars: 600, overlapSentences: 1 },
    loadSourceVectors: createFakeWordVectors(['pakistan', 'iran']),
  };
}

describe('a full build', () => {
  it('writes a small first batch, so the graph’s thread gets vectors before a whole batch is written', async () => {
    const progress: BuildProgress[] = [];
    const built = await buildIndex({
      ...(await options()),
      writeBatch: 500,
      firstWriteBatch: 2,
      onProgress: (step) => progress.push(step),
    });
    const written = progress.filter((step) => step.stage === 'graph').map((step) => step.done);
    expect(written).toHaveLength(2);
    expect(written[0]).toBeGreaterThan(0);
    expect(written[0]).toBeLessThan(built.chunks);
    expect(written[1]).toBe(built.chunks);
  });

  it('has written the lexicon when the graph is saved', async () => {
    const filesAtSave: string[][] = [];
    await buildIndex({
      ...(await options()),
      createGraph: (graphOptions) => {
        const graph = startHnswBuildThread(graphOptions);
        return {
          ...graph,
          get size() {
            return graph.size;
          },
          save: async (path: string) => {
            filesAtSave.push(await readdir(dirname(path)));
            return graph.save(path);
          },
        };
      },
    });
    // The last save is the one `close()` waits for, once every vector is in the graph.
    expect(filesAtSave.at(-1)).toContain('lexicon.bin');
  });
});
