/**
 * A section whose heading asks "why" of just what the question asks ("## Why Oakley is
 * closing") gives the reasons: its first sentences, however they are worded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_oakley.md': `date 2023-04-21 Bakery to close Oakley shop and open in Ashcombe

The bakery is to close its shop in Oakley for the second time in its history, the company confirmed this week. The branch at 22 Station Road will serve its last customers on Saturday 29 April.

Three weeks later, the family firm will open a new shop in the harbour town of Ashcombe.

## Why Oakley is closing

Managing director Susan Hartnell-Greene said the shop had been hit by a "perfect storm". Most of its trade came from rail commuters, and their numbers have never recovered since the pandemic.

## A harbour-front shop

The Ashcombe shop will be the company's biggest, with seating for 30.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a section headed "why" of what is asked', () => {
  it('answers a reason asked, in any wording, with its first sentences', () => {
    for (const question of [
      'Why did the Oakley shop close?',
      'What led to the Oakley shop closing?',
    ]) {
      const { answer } = corpus.ask(question);
      expect(answer).toContain('rail commuters');
      expect(answer).not.toContain('Station Road');
    }
  });

  it("is not another shop's: a heading word the question lacks names another reason", () => {
    const { answer } = corpus.ask('Why did the Ashcombe shop open?');
    expect(answer).not.toContain('rail commuters');
  });
});
