/**
 * A figure asked of a person is theirs only where they are in view: named by the sentence, by
 * one of the two before it (its pronouns), or by the title; not anywhere in an article that
 * names them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `date 2020-06-10 Model railway society: committee minutes, June 2020

Present: Phil Rudd (Exhibition Manager), Martin Greaves (Treasurer), Lisa Farrant (Membership Secretary).

1. Clubroom. The goods shed has been closed since 20 March 2020. The committee agreed that the clubroom would not reopen before September at the earliest.

2. Exhibition 2020. The Exhibition Manager reported that the College had told him the sports hall would not be available for lettings before January 2021. He had contacted all 24 booked layouts; most had said they would not travel in any case. The deposit of £400 would be refunded in full.
It was proposed by Phil Rudd and seconded by Martin Greaves that the 2020 exhibition be cancelled. Carried unanimously (7 votes to 0).

3. Membership. Lisa Farrant reported that the society had 84 members. She is paid £120 a year for keeping the membership records.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a figure asked of a person', () => {
  it('is refused when only a sentence far from their name gives a figure', () => {
    expect(corpus.ask('How much is Phil Rudd paid as exhibition manager?').refused).toBe(true);
  });

  it('is answered where a pronoun right after their name stands for them', () => {
    const response = corpus.ask('How much is Lisa Farrant paid?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('£120');
  });
});
