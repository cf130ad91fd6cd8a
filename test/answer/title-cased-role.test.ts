/**
 * Common words in title case, as headings, lists and signatures write a role ("Volunteer
 * Coordinator"), are no person's name; a name whose words are a person's ("John Baker") is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
const senses = openWordNet();
afterAll(() => senses.close());
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_jobs.md': `date 2023-03-01 We are hiring

Marrowby City Libraries is recruiting for two posts this spring.

- Volunteer Coordinator
- Developer Advocate

Applications close on 31 March.`,
      '003_appeal.md': `date 2023-06-01 Appeal dismissed

The ruling was given by Justice Rupert Hale, presiding, with Justice Anika Soames.`,
      '002_baker.md': `date 2023-05-01 New head of the bakehouse

The bakehouse is now run by John Baker, who joined from Crosby's in April.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
});

describe('a role in title case', () => {
  it('is not answered as who was recruited', () => {
    const { answer } = corpus.ask('Who did the libraries recruit as volunteer coordinator?');
    expect(answer).not.toMatch(/^(Volunteer Coordinator|Developer Advocate)/u);
  });

  it("still takes a person's name made of English words", () => {
    expect(corpus.ask('Who runs the bakehouse now?').answer).toMatch(/^John Baker/u);
  });

  it('takes a surname WordNet knows as a named person\'s ("Hale": Nathan Hale) for no role', () => {
    expect(corpus.ask('Who presided over the appeal?').answer).toMatch(/^Rupert Hale/u);
  });
});
