/**
 * Retrieval metrics on document ids: hit@1, hit@k and reciprocal rank of the
 * first gold document in a ranked list (duplicates collapsed to their first rank).
 */

/** Document ids in first-seen order, each once. */
export function rankDocIds(docIds: readonly string[]): string[] {
  return [...new Set(docIds)];
}

/** 1 when any gold document is among the first `k` distinct ranked ids, else 0. */
export function hitAtK(ranked: readonly string[], gold: readonly string[], k: number): number {
  return rankDocIds(ranked)
    .slice(0, k)
    .some((docId) => gold.includes(docId))
    ? 1
    : 0;
}

/** 1 / rank of the first gold document among the distinct ranked ids, 0 when absent. */
export function reciprocalRank(ranked: readonly string[], gold: readonly string[]): number {
  const rank = rankDocIds(ranked).findIndex((docId) => gold.includes(docId));
  return rank === -1 ? 0 : 1 / (rank + 1);
}
