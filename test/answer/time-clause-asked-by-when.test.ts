/**
 * A clause of time answers "when" as a date does, but not a question asking by a noun of time
 * ("On what date…?", "In which year…?"): a clause names no date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_tides.md': `# How the tides work

Tides are weakest when the sun and the moon are at right angles to each other.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a clause of time as an answer', () => {
  it('answers "when"', () => {
    expect(corpus.ask('When are tides weakest?').answer).toMatch(/sun and the moon/u);
  });

  it('answers no "what date"', () => {
    const response = corpus.ask('On what date are tides weakest?');
    expect(response.answer).not.toMatch(/^when the sun/iu);
  });
});
