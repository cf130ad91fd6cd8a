/**
 * A participle in "-ed" inside a question's noun phrase ("a charitable incorporated
 * organisation") is an adjective of its noun, not a verb a "Yes" must find stated as one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_annual-report.md': `date 2023-12-01 Fellside Mountain Rescue: annual report 2023

Following the vote at last year's AGM, the team became a Charitable Incorporated Organisation on 1 July 2023, with a new charity number.

The team attended 64 incidents during the year, four more than in 2022.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a participle before a noun in a yes/no question', () => {
  it('is no asked verb: the sentence stating the rest says yes', () => {
    expect(corpus.ask('did the team become a charitable incorporated organisation').answer).toMatch(
      /^Yes\b/u,
    );
  });
});
