/**
 * Two years compared in one table row: each year's cell read by its column's name, and asked
 * with "more" or "less", whether the first is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let brewery: ExtractiveCorpus;
beforeAll(async () => {
  brewery = createExtractiveCorpus(
    {
      '004_review.md': `date 2020-02-01 Annual review 2019

Sales by beer, in barrels:

| Beer | ABV | 2017 | 2018 | 2019 |
|---|---|---|---|---|
| Heron's Leap | 4.2% | 5,200 | 5,900 | 6,450 |
| Old Ferryman | 3.6% | 1,150 | 1,100 | 980 |

Old Ferryman continues to decline slowly as mild drinkers become fewer.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('two years of one table row', () => {
  it('answers "more … than" with a verdict and both figures', () => {
    expect(brewery.ask('Did Old Ferryman sell more in 2019 than in 2017?').answer).toMatch(
      /^No: 980 in 2019 against 1,150 in 2017 \[1\]/u,
    );
    expect(brewery.ask("Did Heron's Leap sell more in 2019 than in 2017?").answer).toMatch(
      /^Yes: 6,450 in 2019 against 5,200 in 2017 \[1\]/u,
    );
  });

  it('gives both figures when no verdict is asked', () => {
    expect(brewery.ask("How did Old Ferryman's sales in 2019 compare with 2017?").answer).toMatch(
      /^980 in 2019 against 1,150 in 2017 \[1\]/u,
    );
  });
});
