/**
 * Latency percentiles by the nearest-rank method, so every reported figure is
 * a latency that was actually measured.
 */

/** The `p`-th percentile (0 < p ≤ 100) of the values, null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
