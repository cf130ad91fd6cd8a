/**
 * "How many kilometres…": the figure must count the noun asked, and a noun after another figure
 * is that figure's ("The two countries share a 909km-long border": "km" is 909's, not two's).
 */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('a counted noun after another figure', () => {
  it('is that figure\'s, unless a partitive "of" joins them', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_border.md': `date 2021-04-21 Ministers meet on the border

The two countries share a 909km-long border. Of 3,870 vaccinations planned, 410 of the 3,870 vaccinations were given in March.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('How many kilometres long is the border?').answer).toMatch(/^909km \[1\]/u);
    expect(corpus.ask('How many vaccinations were given in March?').answer).toMatch(
      /^410 of the 3,870 vaccinations \[1\]|^410\b/u,
    );
  }, 60_000);
});
