/**
 * English puts no possessive determiner before a name: "our new Headteacher" is a common noun
 * capitalised as a title, no place, organisation or person to answer with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '003_news.md': `date 2016-09-05 Welcome to our new head

This term Brookmere welcomes Mr David Osei as our new Headteacher. Mr Osei joins us from Castlegate Academy in Leeds, where he was deputy headteacher for five years.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a capitalised word after a possessive', () => {
  it('is no answer: the name elsewhere is', () => {
    const response = corpus.ask('Where was David Osei working before he became head of Brookmere?');
    expect(response.answer).toMatch(/^Castlegate Academy/u);
  });
});
