import { describe, expect, it } from 'vitest';
import { hitAtK, rankDocIds, reciprocalRank } from '../../src/eval/retrieval-metrics.js';

const ranked = ['doc-b', 'doc-b', 'doc-c', 'doc-a', 'doc-d'];

describe('retrieval metrics on document ids', () => {
  it('collapses repeated documents to their first rank', () => {
    expect(rankDocIds(ranked)).toEqual(['doc-b', 'doc-c', 'doc-a', 'doc-d']);
  });

  it('counts a hit only when a gold document is within the first k distinct documents', () => {
    expect(hitAtK(ranked, ['doc-a'], 1)).toBe(0);
    expect(hitAtK(ranked, ['doc-a'], 2)).toBe(0);
    expect(hitAtK(ranked, ['doc-a'], 3)).toBe(1);
    expect(hitAtK(ranked, ['doc-z', 'doc-b'], 1)).toBe(1);
  });

  it('gives the reciprocal rank of the first gold document, 0 when none is ranked', () => {
    expect(reciprocalRank(ranked, ['doc-a'])).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank(ranked, ['doc-d', 'doc-c'])).toBe(0.5);
    expect(reciprocalRank(ranked, ['doc-z'])).toBe(0);
    expect(reciprocalRank([], ['doc-a'])).toBe(0);
  });
});
