/**
 * A year a preposition of time bounds ("before 2021", "since 2019") is met by a sentence stating
 * a year on its side, or stating none in an article of a year on its side or of the year the
 * bound reaches (an article of 2021 tells of the time before it), not by one stating the
 * bound's own year. A span ("from 2012 to 2019") is met by any year in it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_yard.md': `date 2021-03-02 Ardle Shipyard: a change at the top

Fiona MacAskill, who has run Ardle Shipyard since 2009, will retire at the end of the month.`,
      '002_yard.md': `date 2021-05-10 New managing director at Ardle

Robert Dunmore took charge of Ardle Shipyard in April 2021.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a year bounded by "before"', () => {
  it("is met by a sentence stating no year in an article of the bound's year", () => {
    expect(corpus.ask('Who ran Ardle Shipyard before 2021?').answer).toMatch(
      /^Fiona MacAskill \[1\]/u,
    );
  });

  it("is not met by a sentence stating the bound's own year", () => {
    expect(corpus.ask('Who ran Ardle Shipyard before 2021?').answer).not.toContain(
      'Robert Dunmore [',
    );
  });
});

describe('a span of years asked ("from 2012 to 2019")', () => {
  it('is met by a sentence of any year in it', async () => {
    const race = createExtractiveCorpus(
      {
        '001_race.md': `date 2015-05-18 Tour report

The race's title sponsor, the building society Brackley Building Society, renewed its deal this week.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(
      race.ask("Which company was the race's title sponsor from 2012 to 2019?").answer,
    ).toContain('Brackley Building Society');
  });
});

describe('the two ends of "from … to …" in a "how" question', () => {
  it('stay apart: a change between them is asked', async () => {
    const school = createExtractiveCorpus(
      {
        '001_results.md': `date 2019-08-23 Best-ever GCSE results

| Measure | 2017 | 2018 | 2019 |
|---|---|---|---|
| Grade 4+ in English and maths | 61% | 64% | 69% |`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const asked = (question: string) =>
      school.analyzer.analyze([{ role: 'user', content: question }]).constraints.years;
    expect(
      asked(
        'How much did the share getting grade 4 in English and maths change from 2017 to 2019?',
      ),
    ).toEqual([[2017], [2019]]);
    expect(asked('Who ran the school from 2017 to 2019?')).toEqual([[2017, 2018, 2019]]);
  });
});
