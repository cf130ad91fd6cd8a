import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../bench/seeded-random.js';
import {
  createExactVectorStore,
  createHnswVectorStore,
  readHnswVectors,
} from '../../src/store/hnsw-vector-store.js';

function randomVectors(count: number, dimension: number): number[][] {
  const random = createSeededRandom(3);
  return Array.from({ length: count }, () =>
    Array.from({ length: dimension }, () => random.next() - 0.5),
  );
}

function cosine(a: number[], b: number[]): number {
  const dot = a.reduce((sum, value, i) => sum + value * b[i]!, 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
}

describe('createExactVectorStore', () => {
  it('returns the true nearest neighbours by cosine, best first', () => {
    const vectors = randomVectors(300, 8);
    const store = createExactVectorStore({ vectors, dimension: 8 });
    const query = vectors[42]!.map((value, i) => value + (i === 0 ? 0.01 : 0));
    const expected = vectors
      .map((vector, position) => ({ position, similarity: cosine(query, vector) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 5);
    const found = store.search(query, 5);
    expect(found.map((match) => match.position)).toEqual(expected.map((match) => match.position));
    found.forEach((match, rank) =>
      expect(match.similarity).toBeCloseTo(expected[rank]!.similarity, 5),
    );
    expect(store.size).toBe(300);
  });

  it('reads back the vectors an HNSW index saved, normalised', async () => {
    const vectors = randomVectors(20, 4);
    const dir = await mkdtemp(join(tmpdir(), 'exact-store-'));
    try {
      const path = join(dir, 'vectors.hnsw');
      await createHnswVectorStore({ vectors, dimension: 4 }).save(path);
      const stored = await readHnswVectors({ path, dimension: 4 });
      expect(stored).toHaveLength(20);
      stored.forEach((vector, position) =>
        expect(cosine(vector, vectors[position]!)).toBeCloseTo(1, 5),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
