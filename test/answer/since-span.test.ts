/**
 * "since" opens a span from a time that is not the sentence's own: "Since its launch on 19
 * November 2021, £48,000 has been loaded…", in a report of March 2022, tells of March 2022, its
 * year and its month.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_launch.md': `# Town gift card launched

Date: 20 November 2021

The Shop Stenbridge gift card went on sale yesterday. Shoppers loaded £2,100 onto cards on the first day.`,
      '002_report.md': `# Chamber annual report

Date: 31 March 2022

Since its launch on 19 November 2021, £48,000 has been loaded onto 1,930 Shop Stenbridge cards, and 83 businesses now accept the card.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a time "since" opens a span from', () => {
  it("is not the sentence's own year", () => {
    const response = corpus.ask('How much had been loaded onto Shop Stenbridge cards in 2022?');
    expect(response.answer).toMatch(/^£48,000 \[1\]/u);
  });

  it("is not the sentence's own month", () => {
    const response = corpus.ask(
      'How much money had been loaded onto Shop Stenbridge cards by the end of March 2022?',
    );
    expect(response.answer).toMatch(/^£48,000 \[1\]/u);
  });
});
