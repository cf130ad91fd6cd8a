/**
 * A question the article asks itself, as an interviewer or an FAQ does, is answered by what
 * follows it, whatever the kind asked; a yes or a no opening that answer is its verdict.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_interview.md': `# An interview with Mara Lindqvist

Mara Lindqvist became chief executive of Fernhall Systems in 2021. We asked her about the hiring freeze and the new office in Lisbon.

**Is the freeze over?**

Partly. We lifted it for engineering in April, but other departments will wait until the autumn budget review.

**Why did you freeze hiring?**

We grew too fast. Headcount went from 420 to 780 in two years.

**What keeps you up at night?**

Security: one serious breach would cost us more trust than any product could win back.

**Will the Lisbon office open this year?**

No. The lease was signed late, so it opens next spring with about 40 people.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("the article's own question", () => {
  it('answers a yes-or-no question with what follows it, and no verdict it does not give', async () => {
    const response = await corpus.ask('Is the hiring freeze over?');
    expect(response.answer).toMatch(/^The articles do not say so in as many words/u);
    expect(response.answer).toContain('Partly.');
    expect(response.answer).toContain('We lifted it for engineering in April');
  }, 60_000);

  it('takes the verdict its answer opens with', async () => {
    const response = await corpus.ask('Will the Lisbon office open this year?');
    expect(response.answer).toMatch(/^No \[\d\]/u);
    expect(response.answer).toContain('The lease was signed late');
  }, 60_000);

  it('answers an open question with what follows it', async () => {
    const response = await corpus.ask('What keeps the chief executive up at night?');
    expect(response.answer).toContain('Security: one serious breach would cost us more trust');
    // The next question asked ends the answer.
    expect(response.answer).not.toContain('Will the Lisbon office');
  }, 60_000);

  it('answers a why asked in a short emphasised question with what follows it, alone', async () => {
    const response = await corpus.ask('Why did Fernhall freeze hiring?');
    expect(response.answer).toMatch(/^Why did you freeze hiring\? \[1\] We grew too fast\. \[2\]/u);
    expect(response.answer).not.toContain('We asked her about');
  }, 60_000);
});
