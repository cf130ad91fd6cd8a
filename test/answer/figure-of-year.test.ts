/** Of two figures in one sentence, the asked year's is the one in its clause. */
import { expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

it("takes the figure in the asked year's clause, not one a conjunction parts from it", async () => {
  const corpus = createExtractiveCorpus(
    {
      '001_office.md': `# Fernhall opens in Lisbon

The Lisbon office opens in September with about 40 people, and we expect 120 there by the end of 2026.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
  const response = await corpus.ask('How many people will work in Lisbon by the end of 2026?');
  expect(response.answer).toMatch(/^120 \[1\]/u);
}, 60_000);
