/**
 * The years a sentence speaks of. Without writing it, the article's year
 * (evidence/years-to-article.ts): a period opened with "since" runs to the time of writing, and
 * a year only in the standard of a comparison ("than the 2020 budget") dates what is compared
 * with. A sentence that states no year takes one from the sentence before it, not after it.
 * Each corpus question fails when its rule is switched off.
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

  it('gives the article year to a sentence whose only year is the standard compared with or changed from', () => {
    expect(yearsToArticle('The budget is 2.6% lower than the 2020 budget.', 2021)).toEqual([2021]);
    expect(yearsToArticle('It sold 48,000 tickets, up from 41,500 in 2022.', 2023)).toEqual([2023]);
    expect(yearsToArticle('Turnout was 38%, compared with 41% in 2019.', 2023)).toEqual([2023]);
  });

  it('gives nothing to a sentence dated in its own clause', () => {
    expect(yearsToArticle('Revenue in 2021 was higher than in 2020.', 2022)).toEqual([]);
    expect(yearsToArticle('The line opened in 2019.', 2024)).toEqual([]);
    expect(yearsToArticle('It has been closed since 2024.', 2024)).toEqual([]);
    expect(
      yearsToArticle('The hall reopened on 3 May 2021, after the founding in 1948.', 2022),
    ).toEqual([]);
  });

  it('gives the article year to a sentence naming a day of a month without its year', () => {
    expect(
      yearsToArticle(
        'He will be succeeded on 1 April by Sarah Okafor, the first managing director from outside the family since the company was founded in 1948.',
        2019,
      ),
    ).toEqual([2019]);
    expect(
      yearsToArticle('The new timetable starts on May 20 after the 1998 routes end.', 2024),
    ).toEqual([2024]);
  });
});

describe('questions about the article’s year', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_kettle-review.txt': `Kettle Brewmaster review

AUSTIN, 3 March 2024 - The new Brewmaster is faster than the old one. Kettle Systems says it has sold 7.9 million coffee machines since 2020.`,
        '003_rival-festival.txt': `Festival sells out

BREVIK, 14 August 2023 - The Nordsound festival closed on Sunday after ten days of concerts in the old harbour, its biggest edition since it was founded by a group of local musicians who wanted a summer stage of their own.

The organisers thanked the volunteers who ran the gates, the bars and the campsite, and the neighbours who put up with the noise until midnight on most nights of the festival.

The Nordsound festival said it sold 30,000 tickets. Next year's festival will run in August 2024.`,
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

  it('does not date a sentence by the one after it (a year it looks ahead to)', () => {
    const response = corpus.ask('How many tickets did Nordsound sell in 2024?');
    expect(response.answer).not.toContain('30,000');
  });

  it('answers a 2021 question from a sentence comparing with 2020', () => {
    const response = corpus.ask('How much lower was the harbour budget in 2021, in percent?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('2.6%');
  });
});
