/**
 * "Summarise Martin Greaves's column": the article whose byline names him whole is the one
 * meant, not a letter whose opening lines mention his column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_column.md': `date 2019-08-09 OPINION: A bypass is not a vision

*Martin Greaves*

Let me start with something my critics won't expect me to say: the people of Bridge Street have a case.

But a real problem does not make every solution a good one. New roads fill up with new traffic within ten years.

For the same money, the town could run a bus every ten minutes to the distribution parks.`,
      '002_letter.md': `date 2020-02-27 Letters: Come and sit in my front room, Mr Greaves

Sir — I have been meaning to write since Martin Greaves's column last August, and now that work on the bypass has started I can do so calmly.

I have lived at number 14 Bridge Street for 31 years, and the lorries shake the house every morning.`,
      '003_inquiry.md': `date 2018-11-06 Bypass inquiry opens

The public inquiry into the bypass opened yesterday at the Corn Exchange, with 212 objections lodged.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a summary of an article named by its writer', () => {
  it('is of the article whose byline names the writer whole', () => {
    const { answer, citations } = corpus.ask("Summarise Martin Greaves's column.");
    expect(answer).toContain('bus every ten minutes');
    expect(citations.every((citation) => citation.docId === '001_column')).toBe(true);
  });
});
