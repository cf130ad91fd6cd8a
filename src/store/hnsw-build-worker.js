// @ts-check
/**
 * The body of the graph-building thread (`hnsw-build-thread.ts`): an hnswlib
 * graph filled exactly as `createHnswVectorStore` fills one in process (the
 * same initial size, growth, seed and insertion order, so the same graph and
 * the same file), while the build's own thread embeds and writes SQLite.
 * Plain JavaScript (type-checked through `// @ts-check`): the thread then needs
 * no TypeScript loader of its own, which would cost it a second isolate. The
 * one other file that imports hnswlib-node, for that reason.
 */
import { parentPort, workerData } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

/** @typedef {import('./hnsw-build-thread.js').HnswBuildMessage} HnswBuildMessage */

const { dimension, m, efConstruction, efSearch } =
  /** @type {{ dimension: number, m: number, efConstruction: number, efSearch: number }} */ (
    workerData
  );
const index = new hnswlib.HierarchicalNSW('cosine', dimension);
// As `createHnswVectorStore` with no vectors and no capacity: room for one, seed 100.
index.initIndex(1, m, efConstruction, 100);
index.setEf(efSearch);

/**
 * The point handed to hnswlib, refilled for every vector (hnswlib-node reads a plain array
 * and copies it): an array allocated per vector was ≈ 2 % of the thread's time at 100k.
 * @type {number[]}
 */
const point = new Array(dimension).fill(0);

/** @param {number[]} vector @param {number} label */
function add(vector, label) {
  const needed = Math.max(index.getCurrentCount(), label) + 1;
  if (needed > index.getMaxElements())
    index.resizeIndex(Math.max(needed, index.getMaxElements() * 2));
  index.addPoint(vector, label);
}

/** @type {string | null} */
let failure = null;

parentPort?.on('message', (/** @type {HnswBuildMessage} */ message) => {
  if (message.type === 'save') {
    if (failure !== null) {
      parentPort?.postMessage({ id: message.id, error: failure });
      return;
    }
    index.writeIndex(message.path).then(
      () => parentPort?.postMessage({ id: message.id }),
      (/** @type {unknown} */ error) =>
        parentPort?.postMessage({ id: message.id, error: String(error) }),
    );
    return;
  }
  if (failure !== null) return;
  try {
    if (message.type === 'remove') index.markDelete(message.label);
    else
      message.labels.forEach((label, position) => {
        const offset = position * dimension;
        for (let i = 0; i < dimension; i += 1)
          point[i] = /** @type {number} */ (message.vectors[offset + i]);
        add(point, label);
      });
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
});
