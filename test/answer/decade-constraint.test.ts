/**
 * A decade asked ("since the late eighties", "in the 1990s") is a time the evidence must meet,
 * by any of its years, not a word to find.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_banner.md': `date 2022-03-01 Guild banner back on show after conservation

The banner was made for the Ashcombe Weavers' Guild in 1834. It shows two weavers either side of a loom.

The banner was last displayed in 1987 and has been in storage since then because of its fragile condition.

A nine-month conservation treatment has stabilised the banner, which goes on show in May 2022.`,
      '002_mill.md': `date 2021-06-01 Mill museum history

The mill closed in 1993 after the last looms were sold. It opened as a museum in 2004. In 2012 the museum sold its steam engine to a private collector.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a decade asked', () => {
  it('is met by a year of it: the 1987 sentence gives the reason', () => {
    const response = corpus.ask('Why had the guild banner not been shown since the late eighties?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('fragile condition');
  });

  it('is met by a sentence stating a year of it, not one of another decade', () => {
    const response = corpus.ask('What did the museum sell in the 2010s?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('steam engine');
    expect(response.answer).not.toContain('looms');
  });

  it('is not met by another decade, and the refusal names it', () => {
    const response = corpus.ask('When did the mill close in the 1970s?');
    expect(response.refused).toBe(true);
    expect(response.answer).toContain('the 1970s');
  });
});
