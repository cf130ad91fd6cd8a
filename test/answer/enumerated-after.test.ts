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

describe('items in quotation, or marked "and third" or "finally"', () => {
  it('are enumerated in order, an item already cited moving under its announcement', async () => {
    const corpus = createExtractiveCorpus(
      {
        '010_export.md': `date 2021-03-01 First export deal

Gwen Whitcombe said the estate had chosen Japan for three reasons. "First, Japanese drinkers love precise sparkling wine. Second, its head sommelier visited us in 2019. And third, the trade agreement between the UK and Japan has made shipping cheaper."

The first shipment leaves in May.`,
        '011_plan.md': `date 2022-03-01 Our plan for the year

We have set four goals for the year. First, to open the shop. Second, to hire a cellar hand. Third, to replant the lower field. Finally, to finish the new tasting barn.`,
      },
      { lexicon },
    );
    const { answer } = await corpus.ask(
      'What reasons did Gwen Whitcombe give for choosing Japan and the trade agreement?',
    );
    const first = answer.indexOf('"First, Japanese drinkers');
    const second = answer.indexOf('Second, its head sommelier');
    const third = answer.indexOf('And third, the trade agreement');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    const goals = await corpus.ask('What goals did they set for the year?');
    expect(goals.answer).toContain('Finally, to finish the new tasting barn.');
  }, 60_000);
});
