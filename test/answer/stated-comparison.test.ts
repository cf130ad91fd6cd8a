/**
 * "Is Porto cheaper than Lisbon?": a sentence stating the comparison asked gives the verdict,
 * "Yes" in the question's order, "No" the other way round; none without such a sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const wordNet = openWordNet();
afterAll(() => wordNet.close());
let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_porto.md': `# A weekend in Porto

Porto is smaller and cheaper than Lisbon, and it is easy to see the centre on foot in two days. The city gave its name to port wine.`,
      '002_lisbon.md': `# Three days in Lisbon

Lisbon is built on seven hills above the Tagus estuary. Its trams are more famous than its metro.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: wordNet },
  );
});

describe('a yes-or-no comparison of two names', () => {
  it('is "Yes" when a sentence states it in the order asked', () => {
    expect(corpus.ask('Is Porto cheaper than Lisbon?').answer).toMatch(
      /^Yes \[1\]\n\nPorto is smaller and cheaper than Lisbon/u,
    );
  });

  it('is "No" when the sentence states it the other way round', () => {
    expect(corpus.ask('Is Lisbon cheaper than Porto?').answer).toMatch(/^No \[1\]/u);
  });

  it("answers with an antonym's verdict the other way: smaller is not bigger", () => {
    expect(corpus.ask('Is Porto bigger than Lisbon?').answer).toMatch(/^No \[1\]/u);
    expect(corpus.ask('Is Porto more expensive than Lisbon?').answer).toMatch(/^No \[1\]/u);
    expect(corpus.ask('Is Lisbon more expensive than Porto?').answer).toMatch(/^Yes \[1\]/u);
  });

  it('has no verdict when no sentence states the comparative asked or its antonym', () => {
    const { answer } = corpus.ask('Is Porto older than Lisbon?');
    expect(answer).not.toMatch(/^(?:Yes|No)\b/u);
  });
});
