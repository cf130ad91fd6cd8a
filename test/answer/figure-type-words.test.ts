/**
 * A figure's type word heading a compound ("passenger numbers") names the figure asked of the
 * noun before it, so it is not a word to find; nor is such a plural the verb "did" supports.
 */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('"passenger numbers" asked', () => {
  it('searches the passengers, not the word "numbers", and reads "numbers" as a noun', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_season.md': `date 2022-11-25 The Vale Line, Autumn 2022

The 2022 season carried 44,900 passengers, beating the 41,250 of 2019.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const analysis = corpus.analyzer.analyze([
      { role: 'user', content: 'How did passenger numbers in 2022 compare with 2019?' },
    ]);
    expect(analysis.terms.map((term) => term.lemma)).toEqual(['passenger']);
    const numbers = analysis.parsed.tokens.find((token) => token.normal === 'numbers');
    expect(numbers?.pos).toBe('NOUN');
  }, 60_000);
});
