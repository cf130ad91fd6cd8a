/**
 * A negation reaches no further than its clause: "no" before a noun does not reach a clause
 * joined after it with a subject of its own ("There were no other nominations and she was
 * elected unopposed"), and "not" inside a relative clause does not reach the main clause's
 * verb after it ("people who couldn't travel abroad decided to learn to fly").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_agm.md': `# Mardenshire Beekeepers' annual meeting, March 2019

Sheila Mortimer was nominated as chair by the outgoing committee. There were no other nominations and she was elected unopposed.`,
      '002_review.md': `# Wenmouth Airport's year

Passenger numbers fell sharply in 2020. But people who couldn't travel abroad joined the Wenmouth flying club instead, and it signed up 40 new pupils.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a negation within its clause', () => {
  it('says yes of a clause joined after a noun phrase that "no" negates', () => {
    expect(corpus.ask('Was Sheila Mortimer elected unopposed?').answer).toMatch(/^Yes \[1\]/u);
  });

  it('gives no "No" from a verb after a relative clause that "not" negates', () => {
    const response = corpus.ask('Did people join the Wenmouth flying club in 2020?');
    expect(response.answer).not.toMatch(/^No\b/u);
  });
});
