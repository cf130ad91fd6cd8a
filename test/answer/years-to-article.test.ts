/**
 * The article's year a sentence speaks of without writing it (evidence/years-to-article.ts):
 * a period opened with "since" runs to the time of writing, and a year only in the standard of
 * a comparison ("than the 2020 budget") dates what is compared with. Each corpus question is
 * refused ("not for 2024") when its rule is switched off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { yearsToArticle } from '../../src/answer/evidence/years-to-article.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('yearsToArticle', () => {
  it('gives the article year to a period opened with "since"', () => {
    expect(yearsToArticle('It has sold 7.9 million units since 2020.', 2024)).toEqual([2024]);
    expect(yearsToArticle('It is their first cup since early 2009.', 2023)).toEqual([2023]);
  });

  it('gives the article year to a sentence whose only year is the standard compared with', () => {
    expect(yearsToArticle('The budget is 2.6% lower than the 2020 budget.', 2021)).toEqual([2021]);
  });

  it('gives nothing to a sentence dated in its own clause', () => {
    expect(yearsToArticle('Revenue in 2021 was higher than in 2020.', 2022)).toEqual([]);
    expect(yearsToArticle('The line opened in 2019.', 2024)).toEqual([]);
    expect(yearsToArticle('It has been closed since 2024.', 2024)).toEqual([]);
  });
});

describe('questions about the article’s year', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_kettle-review.txt': `Kettle Brewmaster review

AUSTIN, 3 March 2024 - The new Brewmaster is faster than the old one. Kettle Systems says it has sold 7.9 million coffee machines since 2020.`,
        '002_harbour-budget.txt': `Harbour budget agreed

OSTRAVIA, 2 February 2021 - The harbour board agreed its budget on Monday. The budget is 2.6% lower than the 2020 budget.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  }, 60_000);

  it('answers a 2024 question from a figure "since 2020" in a 2024 article', () => {
    const response = corpus.ask('How many coffee machines had Kettle Systems sold by 2024?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('7.9 million');
  });

  it('answers a 2021 question from a sentence comparing with 2020', () => {
    const response = corpus.ask('How much lower was the harbour budget in 2021, in percent?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('2.6%');
  });
});
