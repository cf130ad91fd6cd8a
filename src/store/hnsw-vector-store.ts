/**
 * The HNSW vector store, and the exact (brute-force) store benchmarks
 * compare it with: the only file that imports hnswlib-node.
 */
import { readFile } from 'node:fs/promises';
import hnswlib from 'hnswlib-node';
import { findHnswFileProblem } from './check-hnsw-file.js';
import {
  DEFAULT_HNSW,
  type HnswParameters,
  type VectorMatch,
  type VectorStore,
} from './vector-store.js';

const { BruteforceSearch, HierarchicalNSW } = hnswlib;

function wrap(
  index: InstanceType<typeof HierarchicalNSW> | InstanceType<typeof BruteforceSearch>,
): VectorStore {
  return {
    get size() {
      return index.getCurrentCount();
    },
    search(vector: number[], k: number, filter?: (position: number) => boolean): VectorMatch[] {
      const count = index.getCurrentCount();
      if (count === 0) return [];
      const { neighbors, distances } = index.searchKnn(vector, Math.min(k, count), filter);
      return neighbors.map((position, rank) => ({
        position,
        similarity: 1 - (distances[rank] ?? 1),
      }));
    },
    async save(path: string) {
      await index.writeIndex(path);
    },
    add(vector: number[], position: number) {
      if (!(index instanceof HierarchicalNSW)) return index.addPoint(vector, position);
      const needed = Math.max(index.getCurrentCount(), position) + 1;
      if (needed > index.getMaxElements())
        index.resizeIndex(Math.max(needed, index.getMaxElements() * 2));
      index.addPoint(vector, position);
    },
    remove(position: number) {
      if (index instanceof HierarchicalNSW) index.markDelete(position);
      else index.removePoint(position);
    },
  };
}

/** Builds an index over `vectors` (cosine space); position i is label i. */
export function createHnswVectorStore({
  vectors,
  dimension,
  parameters = DEFAULT_HNSW,
  capacity = vectors.length,
}: {
  vectors: number[][];
  dimension: number;
  parameters?: HnswParameters;
  /** Room to reserve before the first resize (an empty store grows as it is filled). */
  capacity?: number;
}): VectorStore {
  const index = new HierarchicalNSW('cosine', dimension);
  index.initIndex(
    Math.max(1, capacity, vectors.length),
    parameters.m,
    parameters.efConstruction,
    100,
  );
  vectors.forEach((vector, position) => index.addPoint(vector, position));
  index.setEf(parameters.efSearch);
  return wrap(index);
}

/**
 * Reads an index written by `save`. With `expect`, the file is checked first
 * (header, sizes, every neighbour id): hnswlib itself would crash the
 * process on a damaged file rather than throw.
 */
export async function loadHnswVectorStore({
  path,
  dimension,
  efSearch = DEFAULT_HNSW.efSearch,
  expect,
}: {
  path: string;
  dimension: number;
  efSearch?: number;
  expect?: { count: number; m: number };
}): Promise<VectorStore> {
  if (expect) {
    const problem = findHnswFileProblem(await readFile(path), { dimension, ...expect });
    if (problem !== null) throw new Error(`vectors.hnsw ${problem}`);
  }
  const index = new HierarchicalNSW('cosine', dimension);
  await index.readIndex(path);
  index.setEf(efSearch);
  return wrap(index);
}

/** An exact store (a full scan per query, cosine space): the ground truth HNSW is measured against. */
export function createExactVectorStore({
  vectors,
  dimension,
}: {
  vectors: number[][];
  dimension: number;
}): VectorStore {
  const index = new BruteforceSearch('cosine', dimension);
  index.initIndex(Math.max(1, vectors.length));
  vectors.forEach((vector, position) => index.addPoint(vector, position));
  return wrap(index);
}

/** The vectors of a saved HNSW index, by position (normalised, as the cosine space stores them). */
export async function readHnswVectors({
  path,
  dimension,
}: {
  path: string;
  dimension: number;
}): Promise<number[][]> {
  const index = new HierarchicalNSW('cosine', dimension);
  await index.readIndex(path);
  return Array.from({ length: index.getCurrentCount() }, (_, position) => index.getPoint(position));
}
