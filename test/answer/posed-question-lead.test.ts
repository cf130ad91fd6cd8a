/**
 * A question the article asks itself states nothing of what it asks: asked a name, the first
 * answer of that kind in what follows it leads ("Q: What did you do before joining the
 * chamber?" then "A: I spent eight years at the Marcher Enterprise Agency…").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_interview.md': `# Five minutes with Luke Pemberton

Date: 3 March 2023

Luke Pemberton became chief executive of Stenbridge Chamber of Commerce in January.

Q: What did you do before joining the chamber?
A: I spent eight years at the Marcher Enterprise Agency, helping start-ups and small firms across the border counties.

Q: What surprised you most when you arrived?
A: How many members still pay by cheque.

Q: What comes next?
A: A business improvement district ballot in the autumn.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("the article's own question, asked a name", () => {
  it('leads with the answer that follows it', () => {
    const response = corpus.ask('Where did Luke Pemberton work before joining the chamber?');
    expect(response.answer).toMatch(/^Marcher Enterprise Agency \[\d\]/u);
    expect(response.answer).toContain('Q: What did you do before joining the chamber?');
  });
});
