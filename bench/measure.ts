/**
 * Small measuring helpers shared by the benchmark sections: percentiles,
 * resident memory, rounding for reports.
 */

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The `p`-th percentile (0–100) of `values` by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Count, mean and tail percentiles of latencies in milliseconds. */
export function summarizeLatencies(values: readonly number[]): LatencySummary {
  const mean = values.reduce((total, value) => total + value, 0) / Math.max(1, values.length);
  return {
    count: values.length,
    mean,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
  };
}

/** Runs `task` and returns its result with the elapsed milliseconds. */
export async function timed<T>(task: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await task();
  return { result, ms: performance.now() - started };
}

/** This process's peak resident set size so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current resident set size of this process, in MiB. */
export function rssMiB(): number {
  return process.memoryUsage.rss() / 1024 / 1024;
}

/** `value` rounded to `digits` significant decimals, for tables. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Items per second for `count` items in `ms` milliseconds. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? Math.round((count * 1000) / ms) : Number.POSITIVE_INFINITY;
}
