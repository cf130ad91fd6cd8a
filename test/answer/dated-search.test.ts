import { describe, expect, it } from 'vitest';
import { datedSearchFilters } from '../../src/answer/analyze/dated-search.js';

const asking = (years: number[][], answerType: 'person' | 'number' | 'any' = 'person') => ({
  kind: 'factoid' as const,
  answerType,
  constraints: { years, quarters: [], names: [], numbers: [] },
});

describe('the search among the asked years’ articles', () => {
  it('spans the asked years and the year after', () => {
    expect(datedSearchFilters(asking([[2019]]))).toEqual({
      dateFrom: '2019-01-01',
      dateTo: '2020-12-31',
    });
    expect(datedSearchFilters(asking([[2022, 2023]]))).toEqual({
      dateFrom: '2022-01-01',
      dateTo: '2024-12-31',
    });
  });

  it("keeps within the user's own filters, and is none when they leave no date between", () => {
    expect(
      datedSearchFilters(asking([[2019]]), { sources: ['Gazette'], dateFrom: '2019-06-01' }),
    ).toEqual({ sources: ['Gazette'], dateFrom: '2019-06-01', dateTo: '2020-12-31' });
    expect(datedSearchFilters(asking([[2019]]), { dateTo: '2018-12-31' })).toBeNull();
  });

  it('is none without a year, or for a figure or a fact of no type', () => {
    expect(datedSearchFilters(asking([]))).toBeNull();
    expect(datedSearchFilters(asking([[2019]], 'number'))).toBeNull();
    expect(datedSearchFilters(asking([[2019]], 'any'))).toBeNull();
  });
});
