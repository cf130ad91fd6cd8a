import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/eval/latency-percentiles.js';

describe('percentile', () => {
  it('uses the nearest rank, so the figure is a measured value', () => {
    const latencies = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    // p50: rank ceil(0.5 * 10) = 5 → 50; p95: rank ceil(9.5) = 10 → 100
    expect(percentile(latencies, 50)).toBe(50);
    expect(percentile(latencies, 95)).toBe(100);
  });

  it('returns the single value for one measurement and null for none', () => {
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNull();
  });
});
