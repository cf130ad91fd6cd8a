import { describe, expect, it } from 'vitest';
import { fuseRankings } from '../../src/retrieve/fuse-rankings.js';

describe('reciprocal rank fusion', () => {
  it('adds weight / (k + rank) from every ranking', () => {
    const fused = fuseRankings([{ ids: [1, 2] }, { ids: [2, 3], weight: 0.5 }], { k: 10 });
    expect(fused.map((item) => item.id)).toEqual([2, 1, 3]);
    expect(fused[0]!.score).toBeCloseTo(1 / 12 + 0.5 / 11);
    expect(fused[1]!.score).toBeCloseTo(1 / 11);
    expect(fused[2]!.score).toBeCloseTo(0.5 / 12);
  });

  it('returns nothing for empty rankings', () => {
    expect(fuseRankings([{ ids: [] }])).toEqual([]);
  });
});
