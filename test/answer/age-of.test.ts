/**
 * English writes an age "at the age of 88" too: the figure after "age of" is an age.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001.md': ` date 2021-03-02 Village shop founder dies

Joan Hale, who opened the village shop in 1960, died on Sunday at the age of 88. She served behind its counter for 41 years.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('an age written "at the age of"', () => {
  it('answers how old someone was', () => {
    expect(corpus.ask('How old was Joan Hale when she died?').answer).toMatch(/^88 \[1\]/u);
  });
});
