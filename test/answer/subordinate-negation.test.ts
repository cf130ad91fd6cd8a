/**
 * A negation inside a clause a subordinating conjunction opens ("…if they couldn't do the online
 * classes?") sets a condition of the question; it does not negate what is asked, which a "No"
 * still answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_email.md': `# School closure: what happens next

Date: 12 March 2020

Lessons will move online from Monday. If you cannot take part in online classes, you can postpone the remaining weeks of your course. No student will lose the money they have paid.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a negation in a subordinate clause of the question', () => {
  it('is a condition: the negated sentence answers No', () => {
    const response = corpus.ask(
      "Would students lose their money if they couldn't do the online classes?",
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  });
});
