/**
 * A list of a kind of place ("Which countries…?", "Which cities…?") holds the names WordNet
 * knows as that kind, and none it knows as another ("Beijing" is no country).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet, type WordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { withoutShortForms } from '../../src/answer/compose/compose-list.js';

let senses: WordNet;
let corpus: ExtractiveCorpus;
beforeAll(async () => {
  senses = openWordNet();
  corpus = createExtractiveCorpus(
    {
      '001_talks.md': `# Border talks resume

Talks between the three countries have moved between two cities this year.

Officials from Pakistan met their counterparts in Tehran on Monday to discuss border security.

The first trilateral consultation between China, Pakistan and Iran on regional security was held in Beijing in June 2023.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
}, 60_000);
afterAll(() => senses.close());

const items = (answer: string) =>
  [...answer.matchAll(/^- (.+?) \[\d+\]$/gmu)].map((match) => match[1]);

describe('a list of a kind of place', () => {
  it('lists the countries, not the cities named beside them', () => {
    const listed = items(corpus.ask('Which countries are involved?').answer);
    expect(listed).toEqual(expect.arrayContaining(['Pakistan', 'Iran', 'China']));
    expect(listed).not.toContain('Beijing');
    expect(listed).not.toContain('Tehran');
  });

  it('lists the cities, not the countries', () => {
    const listed = items(corpus.ask('Which cities are mentioned?').answer);
    expect(listed).toEqual(expect.arrayContaining(['Tehran', 'Beijing']));
    expect(listed).not.toContain('Pakistan');
  });
});

describe('a list of a kind the names themselves write', () => {
  let courts: ExtractiveCorpus;
  beforeAll(async () => {
    courts = createExtractiveCorpus(
      {
        '001_charged.txt': `Former treasurer charged

KERROW, 3 May 2021 - Neil Ashcombe will appear at Kerrow Magistrates' Court on 24 May.`,
        '002_verdict.txt': `Ashcombe guilty

KERROW, 11 March 2022 - A jury at Halbury Crown Court found Neil Ashcombe guilty of fraud on Thursday. Council leader Ruth Okonedo said the town could move on.`,
        '003_appeal.txt': `Appeal lost

LONDON, 19 October 2022 - Three judges at the Court of Appeal ruled on Tuesday that four years was appropriate.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
  }, 60_000);

  it('lists the names that write it ("Which courts…?"), not the people named beside them', () => {
    const listed = items(courts.ask('Which courts heard the case?').answer);
    expect(listed).toEqual(
      expect.arrayContaining([
        "Kerrow Magistrates' Court",
        'Halbury Crown Court',
        'Court of Appeal',
      ]),
    );
    expect(listed).not.toContain('Neil Ashcombe');
  });
});

describe('a list of names of a kind the word vectors cannot tell', () => {
  let warning: ExtractiveCorpus;
  beforeAll(async () => {
    warning = createExtractiveCorpus(
      {
        '078_warning.txt': `Amber warning for wind

EXETER, 14 November 2022 - Storm Orla is expected to bring gusts of 75 mph on Tuesday. Areas affected: Wenvale District, Lower Tarrow and North Denholm. Damage to buildings is likely.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
  }, 60_000);

  it('lists three or more names enumerated together as items', () => {
    expect(items(warning.ask('Which towns were affected by the storm?').answer)).toEqual([
      'Wenvale District',
      'Lower Tarrow',
      'North Denholm',
    ]);
  });
});

describe('entries under one label and a letter ("Option A:", "Option B:")', () => {
  it('are listed in order, each by its first phrase', async () => {
    const minutes = createExtractiveCorpus(
      {
        '003_board.md': `date 2017-06-20 Minutes of the board meeting, June 2017

Three options had been considered:
Option A: full refurbishment of Kingsmead Baths, estimated at £7.9 million.
Option B: a new aquatic centre at Parkside, next to the railway station, estimated at £14.8 million.
Option C: do nothing beyond essential maintenance, which officers did not recommend.

Resolved: that the board recommends Option B to the council.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = minutes.ask('What were the three options the board considered for Kingsmead?');
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toContain('full refurbishment of Kingsmead Baths');
    expect(response.answer).toContain('a new aquatic centre at Parkside');
    expect(response.answer).toContain('do nothing beyond essential maintenance');
  });
});

describe('entries under one label and a letter, with no line introducing them', () => {
  it('are gathered from the article when one of them answers', async () => {
    const minutes = createExtractiveCorpus(
      {
        '002_committee.md': `date 2017-03-14 Markets committee, March 2017

The committee considered a report on the future of Bradworth Market Hall.

Option A: Sell the building for conversion to other uses.

Option B: Carry out patch repairs and keep the hall open as it is.

Option C: A full refurbishment of the hall, closing it for eighteen months.

Members agreed that Option C be pursued.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = minutes.ask(
      'What were the three options for the market hall the committee considered?',
    );
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toContain('Sell the building for conversion to other uses');
    expect(response.answer).toContain('Carry out patch repairs and keep the hall open as it is');
  });
});

describe('a person named in full and then by title and surname', () => {
  const item = (text: string) => ({
    entity: { type: 'name' as const, text, start: 0, end: text.length, first: 0, last: 0 },
  });

  it('is one item of a list, by the full name', () => {
    const kept = withoutShortForms(
      ['Coxswain Trevor Hoskin', 'Ellie Trewin', 'Mr Hoskin'].map(item),
    ).map(({ entity }) => entity.text);
    expect(kept).toEqual(['Coxswain Trevor Hoskin', 'Ellie Trewin']);
  });

  it('keeps a short form two longer items could stand for', () => {
    const kept = withoutShortForms(['Helen Quayle', 'Martin Quayle', 'Quayle'].map(item)).map(
      ({ entity }) => entity.text,
    );
    expect(kept).toEqual(['Helen Quayle', 'Martin Quayle', 'Quayle']);
  });
});

describe('the sentences a list takes its items from', () => {
  it('are those near the best one naming any item, not a sentence naming none', async () => {
    const service = createExtractiveCorpus(
      {
        '001_chief.md': ` date 2016-02-18 Westmoor's chief fire officer to retire

Westmoor's chief fire officer, Alan Redfern, will retire at the end of March.

He became chief fire officer in 2009 and has overseen years of budget cuts.

He will be succeeded by his deputy, Catherine Voss, as chief fire officer.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    const listed = items(
      service.ask('List the chief fire officers Westmoor has had since 2009').answer,
    );
    expect(listed).toEqual(expect.arrayContaining(['Alan Redfern', 'Catherine Voss']));
  }, 60_000);
});

describe('a person listed by a title and a surname', () => {
  it('is listed by the full name another sentence of the article gives', async () => {
    const service = createExtractiveCorpus(
      {
        '001_chief.md': ` date 2022-09-14 Catherine Voss to leave Westmoor

Westmoor's chief fire officer, Catherine Voss, is leaving after six years.

Her successor as chief fire officer, Ms Obi, arrives from Tamesford in January.

Rachel Obi, 45, led Tamesford's programme on workplace culture.`,
        '002_votes.md': ` date 2021-02-25 Budget passed

Councillors Varga, Doyle and Castell voted against the budget.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    const officers = items(service.ask("List Westmoor's chief fire officers").answer);
    expect(officers).toEqual(expect.arrayContaining(['Catherine Voss', 'Rachel Obi']));
    expect(officers).not.toContain('Ms Obi');
    // A longer name the item's own sentence gives is how it was read there, no other mention.
    const councillors = items(service.ask('Which councillors voted against the budget?').answer);
    expect(councillors).not.toContain('Councillors Varga');
  }, 60_000);
});

describe('names either side of "and" joining two clauses', () => {
  it('are no one list: "…now at Port Ardrain on Islay, and Ruth Calder, who…, has stepped back"', async () => {
    const distillery = createExtractiveCorpus(
      {
        '001_review.md': ` date 2023-06-01 Kettlebeck after the takeover

Fraser Dunn, the original head distiller, is now at Port Ardrain on Islay, and Ruth Calder, who created the gin, has stepped back from the business.

Head distiller Aisha Khan, who joined from Yorkshire in March 2019, designed the new stills.`,
        '002_rally.md': ` date 2023-07-01 Brennan Rail deliveries

In 2023 Brennan Rail delivered new trams to Veldhaven, Ostravia and Harbourton.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    const distillers = items(distillery.ask("List Kettlebeck's head distillers").answer);
    expect(distillers).toEqual(expect.arrayContaining(['Fraser Dunn', 'Aisha Khan']));
    expect(distillers).not.toContain('Islay');
    // Names after one preposition stay one list.
    const cities = items(distillery.ask('Which cities did Brennan Rail deliver trams to?').answer);
    expect(cities).toEqual(expect.arrayContaining(['Veldhaven', 'Ostravia', 'Harbourton']));
  }, 60_000);
});
