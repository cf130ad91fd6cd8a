/**
 * What a text once said, reported by its writer or as a piece of writing's words ("We also
 * stated that…", "The article said…"), is the text's claim then, not the writer's now: it says
 * no "Yes". A clause of the writer's own ("as we requested") reports no text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_correction.md': `# Correction: Abbotsgate scanner

Date: 20 April 2023

We also stated that Abbotsgate was the first practice in the county to offer cone beam CT scanning. We apologise for the error.`,
      '002_exhibition.md': `# Model railway exhibition 2024: our thanks

Date: 3 March 2024

The Corn Exchange lift worked all weekend, with an engineer on site as we requested.`,
      '003_record.md': `# Setting the record straight

Date: 5 February 2024

The same article said that our founder, Renata Villalobos, retired in 2021. She still teaches two classes a week.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a report of what a text said', () => {
  it('says no Yes', () => {
    const response = corpus.ask(
      'Was Abbotsgate the first practice in the county to offer cone beam CT scanning?',
    );
    expect(response.answer).not.toMatch(/^Yes/u);
    expect(response.refused).toBe(false);
  });

  it('says no Yes when a piece of writing is the one telling', () => {
    const response = corpus.ask('Has Renata Villalobos retired?');
    expect(response.answer).not.toMatch(/^Yes/u);
  });

  it("is not a clause of the writer's own", () => {
    const response = corpus.ask('Did the Corn Exchange lift work all weekend?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  });
});
