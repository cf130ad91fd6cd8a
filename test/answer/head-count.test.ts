/**
 * "How many people…" counts heads: a figure before a noun naming no person (WordNet's) counts
 * things ("two cinema tickets"), unless the noun is the asked verb's event ("3,140 responses"
 * to "How many people responded?").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_concert.md': `date 2016-09-19 Season opens with Mahler

"If a family can come to hear Mahler at the season opener for the price of two cinema tickets, people will come back," the chair said.

The consultation on the new hall received 3,140 responses.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a head count asked', () => {
  it('is not answered by a figure counting things', () => {
    const response = corpus.ask('How many people came to the Mahler season opener?');
    expect(response.answer).not.toMatch(/^two/u);
  });

  it("is answered by a count of the asked verb's event", () => {
    const response = corpus.ask('How many people responded to the consultation?');
    expect(response.answer).toMatch(/^3,140/u);
  });
});

describe('a count of a noun the asked verb derives', () => {
  it('counts heads though the verb is short ("signatures" of "signed")', async () => {
    const petition = createExtractiveCorpus(
      {
        '005_ward.md': `date 2019-03-01 Campaign to save ward

The Save Copley Beds campaign has collected 4,800 signatures on a petition calling for the ward to stay open.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
    );
    const response = petition.ask('How many people signed the Save Copley Beds petition?');
    expect(response.answer).toMatch(/^4,800/u);
  });
});

describe('figures that count no one rescued', () => {
  let rescue: ExtractiveCorpus;
  beforeAll(async () => {
    rescue = createExtractiveCorpus(
      {
        '001_rescue.md': `date 2016-01-12 Lifeboat crew praised for night rescue

Mr Hoskin, 54, who has been coxswain at the station since 1998, took the lifeboat to sea at night after the crabber lost power.

It took three failed attempts before a line could be passed across to the crabber.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
    );
  });

  it('takes no age set between commas after a name for a count', () => {
    const response = rescue.ask('How many people did the lifeboat crew rescue from the crabber?');
    expect(response.answer).not.toMatch(/^54/u);
  });

  it('takes no figure before a participle and a noun naming things ("three failed attempts") for a head count', () => {
    const response = rescue.ask('How many people did the lifeboat crew rescue from the crabber?');
    expect(response.answer).not.toMatch(/^three/u);
  });
});
