/**
 * "Can I take my dog to the Kessel Hut?" asks whether the one asking may do something: a main
 * clause denying its subject, a thing asked ("Dogs are not allowed in the Kessel Hut"), says no,
 * whatever its verb, and so does such a reply below an FAQ's own question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_huts.md': ` date 2022-03-01 Booking our huts: frequently asked questions

Dogs are not allowed in the Kessel Hut or the Steinalp Hut. At the Ferlach Hut, dogs are welcome in a separate room with four beds.`,
      '002_garden.md': ` date 2023-04-01 Visiting the botanic garden

Can I bring my dog?

Dogs are not permitted, with the exception of assistance dogs.

Can I have a picnic?

Picnics are welcome on the Great Lawn.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a question asking permission', () => {
  it('is answered no by a main clause denying the thing asked', () => {
    expect(corpus.ask('can i take my dog to the kessel hut').answer).toMatch(/^No \[1\]/u);
  });

  it("is answered no by the reply below an FAQ's own question that denies it", () => {
    expect(corpus.ask('can i bring my dog to the botanic garden').answer).toMatch(/^No\b/u);
  });

  it('is not answered no where the thing is welcome', () => {
    expect(corpus.ask('Can I have a picnic at the botanic garden?').answer).not.toMatch(/^No\b/u);
  });
});
