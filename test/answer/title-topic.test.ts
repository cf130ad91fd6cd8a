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

describe('a factoid whose thing asked only the title names', () => {
  let roofs: ExtractiveCorpus;
  beforeAll(async () => {
    roofs = createExtractiveCorpus(
      {
        '001_roof.txt': `Hall gets its new roof, and a few unexpected guests

Ashby Vale Gazette, 17 August 2022

Work on Ashby Vale village hall finished last week, eleven weeks after the scaffolding went up. The final cost was £102,400, well above the original estimate of £86,000. A family of swifts nesting under the old eaves delayed the start by a month.`,
        '002_committee.txt': `Village hall committee news

Ashby Vale Gazette, 3 February 2022

The architects have confirmed that the roof should survive another winter with temporary repairs, which Trevor Bunce has carried out at a cost of £380. The committee will meet again in March.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('answers from the titled article, its common noun stated by the title', async () => {
    // "The final cost was £102,400" states no roof: the title does, as fully as the sentence
    // of the other article that says "roof" beside a smaller cost.
    const response = await roofs.ask('What was the final cost of the new roof?');
    expect(response.answer).toMatch(/£102,400/u);
  }, 60_000);
});
