/**
 * A list asked of an interview: the question the article asks itself ("Q: What are your
 * priorities for 2023?") is answered by what follows it, whatever that answer's wording, and a
 * list answer gives that answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_interview.md': `# Interview: Luke Pemberton, chamber chief executive

Date: 9 January 2023

Luke Pemberton became chief executive of the chamber in October. We asked him about the year ahead.

Q: What was your first job?
A: I ran a small enterprise agency on the border for six years.

Q: What are your priorities for 2023?
A: Three things. First, a Business Improvement District ballot in the autumn. Second, a town apprenticeship scheme, because employers cannot find young people with the right skills. Third, growing membership past 320.

Q: Will subscriptions rise?
A: Not this year.`,
      '002_report.md': `# Chamber annual report 2022

The chamber's priorities in 2022 were parking and the gift card. Membership reached 301.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a list asked of a question the article asks itself', () => {
  it('gives the answer that follows the question', () => {
    const response = corpus.ask("What were Luke Pemberton's three priorities for 2023?");
    expect(response.answer).toContain('Business Improvement District ballot');
    expect(response.answer).toContain('apprenticeship scheme');
    expect(response.answer).toContain('growing membership past 320');
  });
});
