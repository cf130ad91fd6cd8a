/**
 * A figure closing its clause counts the noun heading the clause's subject ("Skier days –
 * the industry measure – reached 48,300"), an aside between them passed over; a bare figure
 * beside it ("up from 39,750 in 2015/16") counts the same noun, left unsaid. A figure's own
 * phrase ends at a preposition other than "of": "one person skiing on one day", in the aside,
 * counts no days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_season.md': `# Carn Dubh closes its 2016/17 season

Carn Dubh Ski Centre closed its lifts on Sunday after 103 operating days.

Skier days – the industry measure that counts one person skiing on one day – reached 48,300, up from 39,750 in 2015/16.

"Skiers came from Perth and Dundee," the manager said.`,
      '002_club.md': `# Glen Ski Club annual meeting

Membership of the Glen Ski Club, founded in 1961, rose to 212 this year. The club ran eleven coaching days.`,
      '003_airport.md': `# Westhaven Airport annual report 2019

2019 was a record year. Passenger numbers rose by 4.3 per cent to 612,000, and turnover increased to £18.4m.

At the end of the year the company employed 310 people, including 44 in the fire and rescue service.`,
      '004_museum.md': `# Harbour Museum review of 2021

Visitor figures reached 48,000 in 2021. The museum employs 35 people and 120 volunteers, including 12 in the shop.

Membership grew by 6% to 1,240 during the year, and 3,100 guidebooks were sold.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("a figure counting its clause's subject", () => {
  it('answers with the figure the subject counts, past an aside set off by dashes', () => {
    const response = corpus.ask('How many skier days were recorded in 2016/17?');
    expect(response.answer).toMatch(/^48,300 \[1\]/u);
  });

  it('counts the bare figure beside it too, of the year asked', () => {
    const response = corpus.ask('How many skier days were there in 2015/16?');
    expect(response.answer).toMatch(/^39,750 \[1\]/u);
  });

  it("counts a derivation of the asked noun heading the subject, past a comma's aside", () => {
    const response = corpus.ask('How many members does the Glen Ski Club have?');
    expect(response.answer).toMatch(/^212 \[1\]/u);
  });

  it("counts the noun before a noun of quantity ('passenger numbers'), past a change's measure", () => {
    const response = corpus.ask('How many passengers went through Westhaven Airport in 2019?');
    expect(response.answer).toMatch(/^612,000 \[1\]/u);
  });

  it("counts the noun before a noun of quantity ('visitor figures')", () => {
    const response = corpus.ask('How many visitors did the Harbour Museum have in 2021?');
    expect(response.answer).toMatch(/^48,000 \[1\]/u);
  });

  it("passes over a change's measure between the verb and the figure", () => {
    const response = corpus.ask('How many members does the Harbour Museum have?');
    expect(response.answer).toMatch(/^1,240 \[1\]/u);
  });
});
