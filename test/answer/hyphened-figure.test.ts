/**
 * "a 10-barrel brewing kit": a figure hyphened to a noun before another noun is a compound
 * modifier, which measures the noun after it and counts none of the one asked.
 */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('a figure hyphened to the noun asked, before another noun', () => {
  it('counts none of it', async () => {
    const brewery = createExtractiveCorpus(
      {
        '003_blog.md': `date 2019-03-01 Twenty-five years of brewing

In 1994 we bought a tired 10-barrel brewing kit from a brewery in the Midlands.`,
        '004_review.md': `date 2020-02-01 Annual review 2019

In 2019 the brewery brewed 12,650 barrels, its biggest year ever.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(brewery.ask('How many barrels did the brewery brew in 1994?').answer).not.toMatch(
      /^10-barrel/u,
    );
    expect(brewery.ask('How many barrels did the brewery brew in 2019?').answer).toMatch(
      /^12,650 barrels \[/u,
    );
  });
});
