/**
 * A year stated only in brackets is an aside's: "Revenue of £412,000 (Q3 2018: £61,000)" under
 * "trading update: third quarter 2019" gives 2019's figure outside the brackets and 2018's in them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { withoutFigureAsides, yearsOnlyInAsides } from '../../src/answer/evidence/aside-years.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
const senses = openWordNet();
afterAll(() => senses.close());
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '002_update.md': `date 2019-10-18 Trading update: third quarter 2019

Kestrel Ridge Brewing Co. Ltd reports its trading for the three months to 30 September 2019.

- Revenue of £412,000 (Q3 2018: £61,000)
- Gross margin of 41%

The taproom opened in June and drew larger crowds than expected.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
});

describe('a year stated only in brackets', () => {
  it("dates the sentence's own figure by its article, not by the aside", () => {
    expect(corpus.ask('What was revenue in the third quarter of 2019?').answer).toMatch(
      /^£412,000/u,
    );
  });

  it('gives the figure in the brackets naming the asked year', () => {
    expect(corpus.ask('What was revenue in the third quarter of 2018?').answer).toMatch(
      /^£61,000/u,
    );
  });
});

describe("a year a bracket gives another figure for, at an article's head or just before", () => {
  /** A dance school's annual report for 2023, the line `before` right above its fee income. */
  const report = async (before: string) =>
    createExtractiveCorpus(
      {
        '009_report.md': `date 2024-01-29 Marlowe School of Dance: Annual Report 2023

Pupils

Total pupils (December 2023): 420 (2022: 356)
Boys: 71 (2019: 28)
${before}

Finances

Fee income: £214,000 (2022: £178,000)`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );

  it("does not date the article's sentences to that year", async () => {
    // In the article's opening lines, a line or more above.
    const head = await report('Adult classes: 47 students');
    expect(head.ask("What was the dance school's fee income in 2019?").refused).toBe(true);
    const stated = head.ask("What was the dance school's fee income in 2023?");
    expect(stated.refused).toBe(false);
    expect(stated.answer).toContain('£214,000');
    // In the line right above.
    const above = await report('');
    expect(above.ask("What was the dance school's fee income in 2019?").refused).toBe(true);
  });
});

describe('years only in asides', () => {
  it('are years in brackets that give a figure of their own', () => {
    expect(yearsOnlyInAsides('Revenue of £412,000 (Q3 2018: £61,000)')).toBe(true);
    expect(yearsOnlyInAsides('57,640 visits (2021–22: 48,310)')).toBe(true);
  });

  it('are not years in brackets qualifying the sentence, nor years outside brackets', () => {
    expect(
      yearsOnlyInAsides(
        'Fares (in force since 1 April 2023 and unchanged this winter): adult single £6.80',
      ),
    ).toBe(false);
    expect(yearsOnlyInAsides('Revenue rose to £5m in 2019 (2018: £4m)')).toBe(false);
    expect(yearsOnlyInAsides('Revenue of £412,000 this quarter')).toBe(false);
  });
});

describe('a year stated only in a phrase of comparison', () => {
  it('is an aside too: the rest of the sentence is of its article’s time', () => {
    expect(
      yearsOnlyInAsides(
        'Revenue reached $3.2 million in the first quarter and $3.6 million in the second quarter, compared with $1.8 million and $2.1 million in the same quarters of 2021.',
      ),
    ).toBe(true);
    expect(yearsOnlyInAsides('Sales rose to £5m in 2019, up from £4m')).toBe(false);
  });

  it("runs past a figure's thousands separator to the phrase's own comma", () => {
    expect(
      yearsOnlyInAsides(
        'We brewed 14,480 barrels, up from 13,100 in 2022, and turnover rose to £8.9 million.',
      ),
    ).toBe(true);
  });

  it("answers the asked quarter with the figure whose own phrase names it, of the article's year", async () => {
    const release = createExtractiveCorpus(
      {
        '009_round.md': `date 2022-09-21 Fernlight raises $24 million

Chief executive Maya Okonkwo said the company had grown into a larger round. Revenue reached $3.2 million in the first quarter and $3.6 million in the second quarter, compared with $1.8 million and $2.1 million in the same quarters of 2021.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    expect(
      release.ask('What revenue did Fernlight report for the second quarter of 2022?').answer,
    ).toMatch(/^\$3\.6 million \[1\]/u);
  }, 60_000);
});

describe('withoutFigureAsides', () => {
  it("drops brackets giving another year's figure, keeps those qualifying the text's time", () => {
    expect(withoutFigureAsides('Boys: 71 (2019: 28)').trim()).toBe('Boys: 71');
    expect(withoutFigureAsides('Fares (in force since 1 April 2023): £6.80')).toContain('2023');
  });
});
