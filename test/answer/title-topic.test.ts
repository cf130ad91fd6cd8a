/**
 * An article's title says what each of its sentences is about: a word the question asks that
 * only the title states ("the museum") is stated for the sentence ("Entry will be free…").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_museum.txt': `Harbour museum reopens after four-year restoration

The Kessel Maritime Museum reopened on Saturday after a restoration that cost €27 million.

Its best-known exhibit, the merchant ship Wendelin, returned to the main hall. Director Pieter Aalbers expects 150,000 visitors in the first year. Entry will be free for children under 12.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a yes-or-no question on a word only the title states', () => {
  it('says "Yes" from the sentence stating the rest', async () => {
    const response = await corpus.ask('Is entry to the museum free for children?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('gives no verdict when the sentence does not state another word asked', async () => {
    const response = await corpus.ask('Is entry to the museum free for adults?');
    expect(response.answer).not.toMatch(/^(Yes|No)\b/u);
  }, 60_000);
});
