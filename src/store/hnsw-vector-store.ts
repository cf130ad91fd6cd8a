/**
 * The HNSW vector store: the only file that imports hnswlib-node.
 */
import hnswlib from 'hnswlib-node';
import { DEFAULT_HNSW, type HnswParameters, type VectorMatch, type VectorStore } from './vector-store.js';

const { HierarchicalNSW } = hnswlib;

function wrap(index: InstanceType<typeof HierarchicalNSW>): VectorStore {
  return {
    get size() {
      return index.getCurrentCount();
    },
    search(vector: number[], k: number): VectorMatch[] {
      const count = index.getCurrentCount();
      if (count === 0) return [];
      const { neighbors, distances } = index.searchKnn(vector, Math.min(k, count));
      return neighbors.map((position, rank) => ({ position, similarity: 1 - (distances[rank] ?? 1) }));
    },
    async save(path: string) {
      await index.writeIndex(path);
    },
  };
}

/** Builds an index over `vectors` (cosine space); position i is label i. */
export function createHnswVectorStore({
  vectors,
  dimension,
  parameters = DEFAULT_HNSW,
}: {
  vectors: number[][];
  dimension: number;
  parameters?: HnswParameters;
}): VectorStore {
  const index = new HierarchicalNSW('cosine', dimension);
  index.initIndex(Math.max(1, vectors.length), parameters.m, parameters.efConstruction, 100);
  vectors.forEach((vector, position) => index.addPoint(vector, position));
  index.setEf(parameters.efSearch);
  return wrap(index);
}

/** Reads an index written by `save`. */
export async function loadHnswVectorStore({
  path,
  dimension,
  efSearch = DEFAULT_HNSW.efSearch,
}: {
  path: string;
  dimension: number;
  efSearch?: number;
}): Promise<VectorStore> {
  const index = new HierarchicalNSW('cosine', dimension);
  await index.readIndex(path);
  index.setEf(efSearch);
  return wrap(index);
}
