/**
 * A clock time answers "when", never a date asked by its noun ("On what date…?", "Which
 * year…?"): "switched off by 9.30pm every night" says nothing of the date they were first on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `# Committee minutes: floodlights

Date: 14 September 2022

The committee discussed the new floodlights for the green. After discussion it was agreed that the new floodlights would be switched off by 9.30pm every night.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a date asked by a noun of the calendar', () => {
  it('is not answered by a clock time', () => {
    expect(corpus.ask('On what date were the new floodlights first switched on?').refused).toBe(
      true,
    );
  });

  it('while "when" still is', () => {
    expect(corpus.ask('When are the new floodlights switched off?').answer).toMatch(/9\.30pm/u);
  });
});
