/**
 * A numeral telling one of a series from the others ("Portage 3") is written right after the
 * word before it: an article about the Portage 2 that writes a "3" elsewhere names no Portage 3.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_launch.md': `# Tamarack launches the Portage 2

Date: 2 April 2019

Tamarack Bicycle Co. today launched the Portage 2, its steel touring bike, at $2,299. The frame comes in 3 colours and 6 sizes.

The new welding line will cost about $3.8 million, including two heat-treatment ovens.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a name with a series numeral', () => {
  it('is named only where the numeral follows its word', () => {
    expect(corpus.ask('How much does the Portage 3 cost?').refused).toBe(true);
    expect(corpus.ask('How much does the Portage 2 cost?').answer).toMatch(/^\$2,299 \[1\]/u);
  });
});
