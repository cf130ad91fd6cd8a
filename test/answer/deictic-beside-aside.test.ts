/**
 * A sentence naming its own time by "last year" beside a comparison dated otherwise ("…welcomed
 * 14,610 visitors last year, down from a record 15,240 in 2023", written in January 2025) is of
 * that year: not of the aside's, nor of its article's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '010_numbers.md': `date 2025-01-28 Visitor numbers dip after road closure

The Carrick Ness Lighthouse Trust welcomed 14,610 visitors last year, down from a record 15,240 in 2023. The lane to the lighthouse was shut for seven weeks.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('"last year" beside a dated comparison', () => {
  it('dates the sentence to the year before its article', () => {
    expect(corpus.ask('How many visitors did Carrick Ness have in 2024?').answer).toMatch(
      /^14,610 visitors \[1\]/u,
    );
  });

  it("is not of the article's own year", () => {
    expect(corpus.ask('How many visitors did Carrick Ness have in 2025?').refused).toBe(true);
  });
});

describe('"last year" inside a phrase of comparison', () => {
  it("names the time compared with: the sentence is of its article's year", async () => {
    const festival = createExtractiveCorpus(
      {
        '001_lineup.md': `date 2019-08-27 Tin Lantern festival announces its 2019 lineup

The lineup was selected from a record 2,140 submissions, up from 1,610 last year. Screenings run for five days.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(festival.ask('How many submissions did they get in 2019?').answer).toMatch(
      /^2,140 submissions \[1\]/u,
    );
  });
});
