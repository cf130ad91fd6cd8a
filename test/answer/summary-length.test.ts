/**
 * A one-article summary weighs a sentence by the article's frequent words it holds, damped by
 * its length but not divided by it: a longer sentence stating more of the story's facts (the
 * wood burned, the kiln's heat) is not passed over for a short one repeating its words ("The
 * first firing began on 28 September.").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_kiln.md': `date 2018-10-10 Potters fire up wood-burning kiln by the river

For five days and nights at the start of this month, a column of woodsmoke rose from behind an old tannery on Mill Lane as Tollbridge's Kilnworks pottery fired its new wood-burning kiln for the first time.

The kiln, an anagama, is a single sloping tunnel about seven metres long, based on a design used in Japan and Korea for centuries. It was built by volunteers over 14 weekends this spring and summer on the riverbank behind the studio, under the guidance of Welsh kiln builder Owain Prydderch, using around 4,000 firebricks.

The project was paid for by a crowdfunding campaign which raised £14,600 from 312 backers. Backers who gave £50 or more were offered a pot from the first firing.

The first firing began on 28 September. About 40 volunteers worked in six-hour shifts around the clock, feeding the firebox every few minutes. In all, the kiln burned roughly eight tonnes of wood, mostly offcuts donated by the Brindle Timber sawmill, and reached a peak temperature of 1,320°C.

"In an electric kiln you press a button," said co-founder Ana Lindqvist. "Here the fire does the glazing. Wood ash flies through the kiln and melts onto the pots, so every piece is marked by where it sat and how the flames moved. You can't fully control it, and that's the point."

Around 400 pots were fired. The kiln will take a week to cool and will be unpacked on 8 October.

Not everyone was enchanted. Two neighbours on Mill Lane complained to Tollbridge District Council about smoke. After discussions with environmental health officers, Kilnworks has agreed to fire the anagama no more than twice a year, to give neighbours two weeks' notice, and to avoid firing when the wind is blowing towards the houses.

Co-founder Rob Hestie said: "We want to be good neighbours. Twice a year, for a few days, it's going to smell like a bonfire. We hope a free pot or two will help."`,
      '002_other.md': `date 2019-03-02 Pottery classes expand

Kilnworks will add two evening classes for beginners from April, its co-founder said.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a one-article summary', () => {
  it('keeps the sentence stating more of the facts', () => {
    const { answer } = corpus.ask('Summarise the article about the wood-fired kiln');
    expect(answer).toContain('eight tonnes of wood');
  });
});
