/**
 * "No" determining a name's own phrase says there is none of it ("…and no still Pinot Noir at
 * all this year"): asked whether there will be, No. A name that a negated verb is about ("did
 * not meet Baqeri") is left to the verb's verdict.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '010_harvest.md': `date 2024-10-20 Hollow Down harvest report 2024

After the wettest summer in memory, we picked only 31 tonnes of grapes. There will be 2024 sparkling wine, just not very much of it, and no still Pinot Noir at all this year.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('"no" before a name', () => {
  it('says there is none of it', () => {
    const response = corpus.ask('Is there going to be a still Pinot Noir from the 2024 vintage?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it('leaves what the sentence affirms a Yes', () => {
    expect(corpus.ask('Will there be 2024 sparkling wine?').answer).toMatch(/^Yes \[1\]/u);
  });
});
