/**
 * A fact sheet's labelled line ("Total visitors: 14,200 (2016–17: 11,900)") counts the noun
 * its label names with the first figure after the colon; the year range in its bracket is an
 * aside's, so the line is of the range its article's title gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_report.md': `# Carrow Hill Observatory Trust: Annual Report 2017–18

This has been the busiest year in the observatory's history, helped by the record-breaking Perseids night last August.

Total visitors: 14,200 (2016–17: 11,900)

School visits: 86, involving 2,930 pupils

Volunteers: 52, contributing an estimated 6,100 hours`,
      '002_reopening.md': `# Carrow Hill Observatory reopens after lockdown

Carrow Hill Observatory received 16,900 visitors in 2021–22, despite operating with limited numbers until the spring.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a labelled line counting the noun its label names', () => {
  it('answers "how many" with the first figure after the colon, in the range the title gives', () => {
    const response = corpus.ask('How many visitors did Carrow Hill have in 2017–18?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^14,200 \[1\]/u);
  });

  it('counts only what its label names', () => {
    const response = corpus.ask('How many school visits were there in 2017-18?');
    expect(response.answer).toMatch(/^86 \[1\]/u);
  });
});
