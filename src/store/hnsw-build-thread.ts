/**
 * A graph being built, on a worker thread of its own: a full build hands it
 * every vector in label order while its own thread embeds the next documents
 * and writes SQLite, so on two cores HNSW insertion (a quarter of a 100k
 * build) no longer adds to the rest. The graph is the one `createHnswVectorStore`
 * would build in process (same size, growth, seed and order); it cannot be
 * searched until it is saved and read back.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error.js';
import type { HnswParameters, VectorStore } from './vector-store.js';

/** What the build's thread tells the graph's thread. */
export type HnswBuildMessage =
  | { type: 'add'; labels: Int32Array; vectors: Float64Array }
  | { type: 'remove'; label: number }
  | { type: 'save'; id: number; path: string };

/** Vectors sent to the thread at a time. */
const BATCH = 512;

/** Starts a thread building an empty graph; `close()` stops it. */
export function startHnswBuildThread({
  dimension,
  hnsw,
  efSearch = hnsw.efSearch,
}: {
  dimension: number;
  hnsw: HnswParameters;
  efSearch?: number;
}): VectorStore & { close(): Promise<void> } {
  const worker = new Worker(new URL('./hnsw-build-worker.js', import.meta.url), {
    workerData: { dimension, m: hnsw.m, efConstruction: hnsw.efConstruction, efSearch },
  });
  const saves = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let failed: Error | null = null;
  const failAll = (error: Error) => {
    failed ??= error;
    for (const { reject } of saves.values()) reject(failed);
    saves.clear();
  };
  worker.on('message', (reply: { id: number; error?: string }) => {
    const waiting = saves.get(reply.id);
    saves.delete(reply.id);
    if (reply.error === undefined) waiting?.resolve();
    else
      waiting?.reject(new AppError('index_corrupt', `Building the graph failed: ${reply.error}`));
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new AppError('index_corrupt', 'The graph thread stopped.')));

  let labels = new Int32Array(BATCH);
  let vectors = new Float64Array(BATCH * dimension);
  let pending = 0;
  let count = 0;
  let nextSave = 0;
  const flush = () => {
    if (pending === 0) return;
    const message: HnswBuildMessage = {
      type: 'add',
      labels: labels.subarray(0, pending),
      vectors: vectors.subarray(0, pending * dimension),
    };
    worker.postMessage(message, [labels.buffer, vectors.buffer]);
    labels = new Int32Array(BATCH);
    vectors = new Float64Array(BATCH * dimension);
    pending = 0;
  };
  return {
    get size() {
      return count;
    },
    search() {
      throw new AppError('index_missing', 'A graph being built cannot be searched yet.');
    },
    add(vector, position) {
      labels[pending] = position;
      vectors.set(vector, pending * dimension);
      pending += 1;
      count += 1;
      if (pending === BATCH) flush();
    },
    remove(label) {
      flush();
      worker.postMessage({ type: 'remove', label } satisfies HnswBuildMessage);
    },
    save(path) {
      flush();
      if (failed) return Promise.reject(failed);
      const id = nextSave++;
      return new Promise<void>((resolve, reject) => {
        saves.set(id, { resolve, reject });
        worker.postMessage({ type: 'save', id, path } satisfies HnswBuildMessage);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
