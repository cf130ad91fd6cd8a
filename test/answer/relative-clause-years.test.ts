/**
 * A year in a relative clause set off by commas (", who had been second in 2018,") dates that
 * clause, an aside about the one it describes, not what the sentence states; so does one in a
 * phrase of comparison ("5.6 per cent up on 2022").
 */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('a year in a relative clause set off by commas', () => {
  it('dates that clause, not the sentence, unless the clause states the asked verb', async () => {
    const race = createExtractiveCorpus(
      {
        '001_race.md': `date 2019-05-13 Kettering takes the Tour

The 2019 race was won by Rhys Kettering of Pennine Phoenix, who had been second in 2018.`,
        '002_race.md': `date 2017-05-15 Tour report

The 2017 race was won by Ella Montague, who also won it in 2016.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(race.ask('Who won the race in 2018?').answer).not.toMatch(/^Rhys Kettering/u);
    expect(race.ask('Who won the race in 2016?').answer).toMatch(/^Ella Montague/u);
  });

  it("leaves a sentence whose only year is the aside's to its article's time", async () => {
    const perry = createExtractiveCorpus(
      {
        '001_perry.md': `date 2023-10-16 Somerset perry takes the supreme title

A perry from Pennyhill Farm Cider has been named supreme champion at the National Orchard Awards. Bob Tillotson, 79, who founded the business in 1987, said he had tried for decades to make a perry he was happy with.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(perry.ask('How old was Bob Tillotson when the perry won in 2023?').answer).toMatch(
      /^79 \[1\]/u,
    );
  });

  it("runs past a figure's separator or decimal point to its closing comma", async () => {
    const race = createExtractiveCorpus(
      {
        '001_race.md': `date 2019-05-13 Kettering takes the Tour

The 2019 race was won by Rhys Kettering, who had earned £1,250 for second place in 2018, in a record time.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(race.ask('Who won the race in 2018?').answer).not.toMatch(/^Rhys Kettering/u);
  });
});

describe('a year only in a phrase of comparison ("up on 2022")', () => {
  it("is the figure compared with, not the time of the sentence's own figure", async () => {
    const shop = createExtractiveCorpus(
      {
        '001_results.md': `date 2024-02-20 Pagewright Books: results for 2023

Total sales reached £2,260,000, 5.6 per cent up on 2022.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(shop.ask('What were total sales in 2022?').answer).not.toMatch(/^£2,260,000/u);
    expect(shop.ask('What were total sales in 2023?').refused).toBe(false);
  });
});
