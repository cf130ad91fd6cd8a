/**
 * Yes/no by English grammar: a clause of time presupposes its event ("…when he became chair?"
 * asks only of the main clause); "the person who…" says of someone only that they are someone;
 * an "including" phrase after a verb of calling off names some of what was called off; a line
 * labelled with the asked word and valued "none" says there was none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_agm.md': ` date 2022-09-20 Lighthouse trust elects a new chair

Tobias Fenwright was nominated as chair by the outgoing committee. There were no other nominations and he was elected unopposed.`,
      '002_obituary.md': ` date 2023-01-05 Stan Gorringe, 1931-2023

Stan Gorringe, who founded the Thornvale and District Chess League and gave his name to its individual championship, has died at the age of 90.`,
      '003_minutes.md': ` date 2020-11-02 Rescue team annual meeting 2020

Fundraising events since March had been cancelled, including the Greystang Fell Race, and the treasurer warned that income was likely to fall.`,
      '004_factsheet.md': ` date 2021-07-01 The 2021 eruption in figures

Duration: 97 days

Injuries: none`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('yes/no by the grammar of the question and the sentence', () => {
  it('asks only of the main clause, not of a clause of time', () => {
    expect(corpus.ask('Was Fenwright elected unopposed when he became chair?').answer).toMatch(
      /^Yes\b/u,
    );
  });

  it('reads "the person who founded" as asking whether he founded it', () => {
    expect(corpus.ask('Was Stan Gorringe the person who founded the league?').answer).toMatch(
      /^Yes\b/u,
    );
  });

  it('says no of a name listed after "including" among what was cancelled', () => {
    expect(corpus.ask('Did the Greystang Fell Race go ahead in 2020?').answer).toMatch(/^No\b/u);
  });

  it('says no from a line labelled with the asked word and valued "none"', () => {
    expect(corpus.ask('Was anyone injured during the 2021 eruption?').answer).toMatch(/^No\b/u);
  });
});
