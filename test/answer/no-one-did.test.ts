/**
 * "Was anyone injured in the fire?": asked of anyone at all, a sentence near one about the
 * event that says no one did it says no; denying a more general verb ("no one was hurt")
 * denies the asked one ("injured").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_fire.md': `date 2021-11-04 Fire guts Regent cinema's projection box

Castlebridge's Regent cinema faces months of closure after a fire broke out in its projection box late last night.

Firefighters were called to the 1936 art deco building in Mill Street at 11.42pm. Four fire engines attended, and the blaze was under control by 1.30am.

No one was in the building and no one was hurt.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('asked whether anyone did something', () => {
  it('says no from a sentence near the event saying no one did it, by a more general verb', () => {
    const response = corpus.ask('Was anyone injured in the Regent fire?');
    expect(response.answer).toMatch(/^No\b/u);
    expect(response.answer).toContain('no one was hurt');
  });
});
