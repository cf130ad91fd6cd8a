/**
 * A person the answering sentence names by one word ("Ruth curated…") is shown by the full
 * name the article gives them, that sentence cited; not when the article gives two such names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_retirement.md': `date 2023-06-20 Annual review 2022-23

Dr Ruth Pengelly, Curator of Social History, will retire in September after nine years with the museum.

Ruth curated Salt and Sail and co-curated Warp and Weft, and her knowledge of the town's history is unmatched.`,
      '002_stewards.md': `date 2022-12-01 Volunteer news

Ruth Adams and Ruth Okafor joined the stewards in the spring.

Ruth led the October tour of the harbour gallery for forty visitors.`,
      '003_chief.md': `date 2019-07-17 Water company names new chief executive

Aldmoor Water has appointed Dr Helen Abara as its new chief executive.

Dr Abara, currently director of wastewater services at Northfold Water, will take over from Martin Kettering on 1 October.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a person named by one word', () => {
  it('is answered with the full name the article gives, citing where it gives it', () => {
    const response = corpus.ask('Who curated Salt and Sail?');
    expect(response.answer).toMatch(/^Dr Ruth Pengelly/u);
    expect(response.citations.map((citation) => citation.quote)).toContain(
      'Dr Ruth Pengelly, Curator of Social History, will retire in September after nine years with the museum.',
    );
  });

  it('keeps the one word when the article gives two full names it may stand for', () => {
    const response = corpus.ask('Who led the October tour of the harbour gallery?');
    expect(response.answer).toMatch(/^Ruth \[/u);
  });
});

describe('a person named by a title and one word', () => {
  it('is answered with the full name the article gives ("Dr Abara": "Dr Helen Abara")', () => {
    const response = corpus.ask('Who will take over from Martin Kettering?');
    expect(response.answer).toMatch(/^Dr Helen Abara \[/u);
  });
});

describe('the one who succeeded, named by one word', () => {
  it('is answered with the full name the article gives', async () => {
    const succession = createExtractiveCorpus(
      {
        '001_radio.md': `date 2019-02-20 Harbour Radio appoints new station manager

Saltmouth Community Broadcasting is pleased to announce the appointment of Nadia Okonjo as station manager of Harbour Radio. She will start on 1 April 2019.

Nadia succeeds Kevin Dray, who founded the station in 2012.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = succession.ask('Who replaced Kevin Dray as station manager?');
    expect(response.answer).toMatch(/^Nadia Okonjo \[/u);
  });
});
