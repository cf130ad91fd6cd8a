/** An answer citing an announcement ("two changes") cites the sentences enumerating it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

let lexicon: WordVectors;
beforeAll(async () => {
  lexicon = await loadPackagedWordVectors();
});

const MEMO = {
  '001_memo.md': `# Changes to leave and office days from April

*Internal memo — 20 February 2024*

Following the staff survey in January, we are making two changes from 1 April 2024.

First, everyone will receive an extra day of leave on their birthday. Second, the minimum number of office days will fall from two to one a week. Third, a sentence that opens with an ordinal past the count is not part of it.

The Bristol office stays where it is.`,
};

describe('an announcement of a count followed by ordinals', () => {
  it('is cited with the sentences that enumerate it, up to the count', async () => {
    const corpus = createExtractiveCorpus(MEMO, { lexicon });
    const { answer } = await corpus.ask('What changes from April?');
    expect(answer).toContain('First, everyone will receive an extra day of leave');
    expect(answer).toContain('Second, the minimum number of office days will fall');
    expect(answer).not.toContain('Third, a sentence');
  }, 60_000);
});
