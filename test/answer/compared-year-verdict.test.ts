/**
 * A year stated only in a phrase of comparison dates what is compared with, not the main
 * clause: "Turnover recovered to £7.7 million, from £6.1 million in 2020, and the firm returned
 * to a pre-tax profit" gives no Yes to "did the firm make a profit in 2020?". A comma's "from"
 * before a figure opens such a phrase; before a date ("…, from 1 April 2019") it does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { withoutComparisons } from '../../src/answer/evidence/aside-years.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_results.md': `date 2022-03-14 Hollis & Sons results for 2021

Turnover recovered to £7.7 million, from £6.1 million in 2020, and the firm returned to a pre-tax profit of £301,000.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a year only in a phrase of comparison', () => {
  it('gives no Yes of the main clause for that year', () => {
    expect(corpus.ask('Did the firm make a profit in 2020?').answer).not.toMatch(/^Yes\b/u);
  });

  it("says yes of the article's own year", () => {
    expect(corpus.ask('Did the firm make a profit in 2021?').answer).toMatch(/^Yes \[1\]/u);
  });

  it('opens at a comma\'s "from" before a figure, not before a date', () => {
    expect(withoutComparisons('It rose to 212, from 180 in 2019, and then fell.')).not.toContain(
      '2019',
    );
    expect(withoutComparisons('Fares rise to £3, from 1 April 2019.')).toContain('2019');
  });
});
