/**
 * A bracket right after a name says something of that name: "…Pensford (2004), Kestleford
 * (2015) and Ashcombe (2023)" asked of Kestleford gives 2015, whatever kind of answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_shops.md': `date 2023-03-01 Bakery to close Oakley shop

After the changes, the bakery will run four shops: the original shop in **Bramwick** (opened 1962), **Pensford** (2004), **Kestleford** (2015) and **Ashcombe** (2023).`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a bracket after the asked name', () => {
  it("holds the asked name's answer, not the one nearest the asked verb", () => {
    expect(corpus.ask('When did the Kestleford shop open?').answer).toMatch(/^2015/u);
    expect(corpus.ask('When did the Pensford shop open?').answer).toMatch(/^2004/u);
  });
});
