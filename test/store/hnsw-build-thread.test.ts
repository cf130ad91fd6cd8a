/**
 * The graph a full build fills on a thread of its own: the same graph, byte
 * for byte, as the one filled in process, and a store built with it answers
 * as one built without it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHnswBuildThread } from '../../src/store/hnsw-build-thread.js';
import { rebuildVectorGraph } from '../../src/store/vector-graph-file.js';
import { openSqliteCorpusStore } from '../../src/store/sqlite-corpus-store.js';
import { BORDER, FOOTBALL, SETTINGS } from './store-fixtures.js';

const folders: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sourced-graph-thread-'));
  folders.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const HNSW = { m: 8, efConstruction: 40, efSearch: 32 };

describe('the graph built on its own thread', () => {
  it('is the same file as the graph built in process, removals included', async () => {
    const dimension = 12;
    // More than one batch sent to the thread, and growth past several resizes.
    const vectors = Array.from({ length: 1500 }, (_, label) =>
      Array.from({ length: dimension }, (_, i) => Math.sin(label * 12.9898 + i * 78.233)),
    );
    const inProcess = rebuildVectorGraph({ vectors: [], dimension, hnsw: HNSW, efSearch: 32 });
    const threaded = startHnswBuildThread({ dimension, hnsw: HNSW });
    try {
      vectors.forEach((vector, label) => {
        inProcess.add!(vector, label);
        threaded.add!(vector, label);
        if (label % 97 === 5) {
          inProcess.remove!(label);
          threaded.remove!(label);
        }
      });
      expect(threaded.size).toBe(inProcess.size);
      const dir = await folder();
      await inProcess.save(join(dir, 'in-process.hnsw'));
      await threaded.save(join(dir, 'threaded.hnsw'));
      const [expected, actual] = await Promise.all([
        readFile(join(dir, 'in-process.hnsw')),
        readFile(join(dir, 'threaded.hnsw')),
      ]);
      expect(actual.equals(expected)).toBe(true);
      expect(() => threaded.search(vectors[0]!, 3)).toThrow(/cannot be searched/u);
    } finally {
      await threaded.close();
    }
  });

  it('gives a store that answers as one whose graph was built in process', async () => {
    const build = async (threaded: boolean) => {
      const dir = await folder();
      const store = await openSqliteCorpusStore({
        dir,
        deferGraphSaves: true,
        ...(threaded ? { createGraph: startHnswBuildThread } : {}),
      });
      await store.clear(SETTINGS);
      await store.apply({ upsert: [BORDER, FOOTBALL] });
      await store.close();
      return dir;
    };
    const [plain, threaded] = await Promise.all([build(false), build(true)]);
    const [expected, actual] = await Promise.all(
      [plain, threaded].map((dir) => readFile(join(dir, 'vectors.hnsw'))),
    );
    expect(actual!.equals(expected!)).toBe(true);
    const store = await openSqliteCorpusStore({ dir: threaded });
    try {
      const hits = await store.searchVectors({ vector: FOOTBALL.vectors[1]!, k: 2 });
      expect(hits[0]?.chunkId).toBe(FOOTBALL.chunks[1]!.chunkId);
    } finally {
      await store.close();
    }
  });

  it('is not saved empty when a build clears the store: its thread starts while the first documents are written', async () => {
    const saved: number[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const store = await openSqliteCorpusStore({
      dir: await folder(),
      deferGraphSaves: true,
      createGraph: (options) => {
        const graph = startHnswBuildThread(options);
        return {
          get size() {
            return graph.size;
          },
          search: (vector, k) => graph.search(vector, k),
          add: (vector, position) => graph.add!(vector, position),
          remove: (position) => graph.remove!(position),
          close: () => graph.close(),
          // A thread slow to start: each save waits for it.
          save: async (path) => {
            await released;
            saved.push(graph.size);
            return graph.save(path);
          },
        };
      },
    });
    await store.clear(SETTINGS);
    await store.apply({ upsert: [BORDER, FOOTBALL] });
    expect(saved).toEqual([]);
    release();
    await store.close();
    expect(saved).toEqual([BORDER.chunks.length + FOOTBALL.chunks.length]);
  });
});
