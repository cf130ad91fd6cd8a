/**
 * The embedding seam. Shaped like LangChain's `Embeddings` (embedDocuments /
 * embedQuery) so either side can stand in for the other.
 */
export interface Embedder {
  /** Stable id recorded in the index manifest, e.g. `word-vectors-sif` or `transformers`. */
  readonly id: string;
  /** Length of every vector this embedder returns. */
  readonly dimension: number;
  /** Extra facts that make an index stale when they change (model id, dtype…). */
  readonly settings: Record<string, string | number>;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
