/**
 * Lines under one numbered label ("Day 1: Ghent" … "Day 11: Dresden") make one list: asked for
 * the list, every entry is an item, though the search finds only some of the article's passages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const filler = (day: number) =>
  `We played to a full house again tonight, and the strings were tired but happy on day ${day}. The hotel breakfast was the best of the trip so far, and nobody missed the coach. The soloist signed programmes for an hour after the concert while the crew loaded the lorry.`;

let corpus: ExtractiveCorpus;
const senses = openWordNet();
afterAll(() => senses.close());
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '003_diary.md': `date 2019-11-24 On the road: a tour diary

*Principal oboe Felicity Noor kept a diary of the orchestra's twelve-day European tour this autumn.*

**Day 1: Ghent**

We left the Granary Hall car park at half past four in the morning for the first city of the European tour.

**Day 3: Utrecht**

${filler(3)}

**Day 5: Münster**

${filler(5)}

**Day 8: Leipzig**

${filler(8)}

**Day 11: Dresden**

${filler(11)} Last concert of the tour.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
});

describe('entries under one numbered label', () => {
  it('are all items of the list asked for', () => {
    const { answer } = corpus.ask('Which cities did the orchestra visit on its European tour?');
    for (const city of ['Ghent', 'Utrecht', 'Münster', 'Leipzig', 'Dresden'])
      expect(answer).toContain(city);
  });
});
