/**
 * Quarters: "the last quarter of 2019" is its fourth; a table row states the quarters its
 * columns name, and its figure under the column of the quarter asked answers; a follow-up's
 * "the quarter before" moves the previous question's quarter, across years.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { quartersIn } from '../../src/answer/analyze/find-constraints.js';
import { shiftQuarter } from '../../src/answer/analyze/find-relative-years.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '003_update.md': `date 2020-01-20 Investor update

Dear investors, thank you for another year of support. This letter covers our hiring, the new office in Leeds, the product roadmap for the spring and the figures for the second half of the year. We opened the Leeds office in November with six people, and we now have customer success staff in both cities. The spring roadmap is mostly about payments, which restaurants keep asking us for, and about reporting for groups with several sites.

| | Q2 2019 | Q3 2019 | Q4 2019 |
|---|---|---|---|
| Revenue | £200k | £262k | £310k |
| Headcount | 18 | 21 | 24 |

Revenue for the full year 2019 was £1.02m.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('quarters', () => {
  it('reads "the last quarter of" a year as its fourth, and "last quarter" alone as none', () => {
    expect(quartersIn('revenue in the last quarter of 2019')).toEqual([4]);
    expect(quartersIn('the final quarter of the year')).toEqual([4]);
    expect(quartersIn('sales rose last quarter')).toEqual([]);
  });

  it("answers from the column of the quarter asked, a row stating its columns' quarters", () => {
    expect(corpus.ask('What was revenue in the last quarter of 2019?').answer).toMatch(/^£310k/u);
    expect(corpus.ask('What was revenue in Q3 2019?').answer).toMatch(/^£262k/u);
  });

  it('moves the previous question\'s quarter by "the quarter before", across years', () => {
    expect(shiftQuarter([[2023]], [1], -1)).toEqual({ years: [[2022]], quarters: [4] });
    expect(shiftQuarter([[2022]], [3], 1)).toEqual({ years: [[2022]], quarters: [4] });
    expect(shiftQuarter([[2022], [2023]], [3], 1)).toBeNull();
    const first = corpus.ask('What was revenue in Q4 2019?');
    expect(first.answer).toMatch(/^£310k/u);
    const response = corpus.ask([
      { role: 'user', content: 'What was revenue in Q4 2019?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'And the quarter before that?' },
    ]);
    expect(response.answer).toMatch(/^£262k/u);
  });
});
