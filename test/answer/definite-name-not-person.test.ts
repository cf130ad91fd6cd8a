/**
 * English writes no "the" before a person's name: "the Press" in "How many new titles did the
 * Press publish in 2018?" names a body, whatever the word vectors make of "press", so its
 * figures need not stand where the sentence names it ("In 2018 we published 65 new titles…").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_catalog-letter.txt': `From the Director: Spring 2019 Catalog
Merriton University Press, Ashford Springs, Vermont
January 2019

Dear Readers, Booksellers, and Colleagues,

Welcome to the Spring 2019 catalog of Merriton University Press. The forty-three books in these pages represent an argument about what scholarly publishing is for.

This season we are especially proud to launch a new series on maritime history, under the general editorship of a professor in the Department of History.

Readers with long memories will notice that this catalog is thinner than those of a decade ago. That is deliberate. In 2018 we published 65 new titles across our spring and fall lists, down from a peak of 81 in 2012, because we have chosen to concentrate on fewer fields.`,
      '002_show-minutes.txt': `Ashcombe Horticultural Society: committee minutes
Held on 4 March 2021 in the village hall

Present: the Chairman, the Treasurer and the Show Secretary.

The Show Secretary reported that the schedule had gone to the printers. Entries would close on 20 July.

The committee discussed the marquee, which needs new guy ropes, and the car park, which flooded last year.

The committee proposed that children aged 5 to 15 be charged £1 admission to the show, to help meet rising costs.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a name after "the"', () => {
  it('is no person whose figures must stand where the sentence names them', () => {
    expect(corpus.ask('How many new titles did the Press publish in 2018?').answer).toMatch(
      /^65 new titles \[1\]/u,
    );
  });

  it('is a person when its noun is a role, first of all a person\'s ("the Show Secretary")', () => {
    expect(corpus.ask('How much is the Show Secretary paid?').refused).toBe(true);
  });
});
