/**
 * Reciprocal rank fusion (Cormack et al., 2009): each ranking contributes
 * weight / (k + rank) for every item it ranks.
 */
export interface Ranking {
  /** Item ids, best first. */
  ids: number[];
  weight?: number;
}

/** Fused scores, best first. `k = 60` is the customary constant. */
export function fuseRankings(
  rankings: Ranking[],
  { k = 60 }: { k?: number } = {},
): { id: number; score: number }[] {
  const scores = new Map<number, number>();
  for (const { ids, weight = 1 } of rankings) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
