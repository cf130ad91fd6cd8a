/**
 * Our seam over the nearest-neighbour library: positions in, positions out.
 */
export interface VectorMatch {
  /** Position of the vector in insertion order (= chunk position). */
  position: number;
  /** Cosine similarity to the query, higher is closer. */
  similarity: number;
}

export interface VectorStore {
  readonly size: number;
  /** The `k` nearest, only among positions `filter` accepts when given. */
  search(vector: number[], k: number, filter?: (position: number) => boolean): VectorMatch[];
  save(path: string): Promise<void>;
  /** Adds a vector at `position` (growing the store as needed); for in-place updates. */
  add?(vector: number[], position: number): void;
  /** Hides the vector at `position` from every later search. */
  remove?(position: number): void;
  /** Frees what the store holds outside the heap (a thread); after its last save. */
  close?(): Promise<void>;
}

/** Graph parameters recorded in the manifest. */
export interface HnswParameters {
  m: number;
  efConstruction: number;
  efSearch: number;
}

/** efSearch 256: the smallest ef with recall@10 ≥ 0.99 at 100k chunks (bench/BASELINE.md). */
export const DEFAULT_HNSW: HnswParameters = { m: 16, efConstruction: 200, efSearch: 256 };
