/**
 * Quantities that answer a yes/no question: a part stated where the question asks of all ("Did
 * the board accept all of the recommendations?" — "accepted seven of the nine
 * recommendations"), and another ordinal of the same thing ("Was her 2019 title her first?" —
 * "for the third time"), and a figure stated only as what was set aside ("63 turbines, rather than
 * the 84 originally consented"). Each says No; the asked quantity itself, or any part asked of,
 * does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_panel.md': `# Tenants' panel report on repairs

Brookfield's board considered our report on repairs in December 2017 and accepted seven of the nine recommendations. Text reminders started in January.`,
      '002_championship.md': `# Club championships 2019

Emma Carrick won the ladies' championship for the third time, adding to her titles in 2016 and 2018. Louise Penhale, the 2017 champion, finished third.`,
      '003_award.md': `# Pharmacist of the Year

Tom Reid has been named Pharmacist of the Year. He is the third Ashdown pharmacist to win the award, after Raj Bhatt in 2017 and Chloe Weston in 2018.`,
      '004_wind.md': `# Wind farm redesigned

The wind farm will now use 63 turbines of 8 MW each, rather than the 84 smaller turbines originally consented.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a part where all is asked', () => {
  it('says no', () => {
    const response = corpus.ask("Did the board accept all of the panel's recommendations?");
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it('says nothing against a question asking of some', () => {
    const response = corpus.ask("Did the board accept the panel's recommendations?");
    expect(response.answer).not.toMatch(/^No\b/u);
  });
});

describe('another ordinal of the asked thing', () => {
  it('says no', () => {
    const response = corpus.ask("Was Emma Carrick's ladies' title her first?");
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it("says nothing of one named beside another's ordinal", () => {
    const response = corpus.ask(
      'Was Chloe Weston the first Ashdown pharmacist to win Pharmacist of the Year?',
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  });

  it('says nothing against the ordinal stated', () => {
    const response = corpus.ask("Was Emma Carrick's ladies' title her third?");
    expect(response.answer).not.toMatch(/^No\b/u);
  });
});

describe('a figure set aside by "rather than"', () => {
  it('says no to the figure set aside', () => {
    const response = corpus.ask('Did the wind farm end up with 84 turbines?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it('says nothing against the figure chosen', () => {
    const response = corpus.ask('Will the wind farm use 63 turbines?');
    expect(response.answer).not.toMatch(/^No\b/u);
  });
});
