/**
 * A year standing alone in brackets after a name ("Mill Lock (2018)") labels the thing named: it
 * does not date the sentence after it. Asked about 2018, a 2021 press release's "The trust has
 * around 1,500 members" answers nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_release.md': `date 2021-05-20 Press release: canal trust appoints a new chief executive

The trustees of the Lydgate Canal Trust are pleased to announce the appointment of Helen Osei as the trust's new chief executive. She will take up the post on 7 June 2021.

Ms Osei joins from the Wyre Rivers Trust, where she led a programme restoring weirs and fish passes. She said she was delighted to be joining the trust at such an exciting moment, with two more locks due to reopen and a bid for national funding in preparation.

Notes to editors

1. The Lydgate Canal runs for 11.5 miles and has 14 locks, of which six have been restored: Hallam Bottom Lock (2014), Coppice Locks (2016), Mill Lock (2018) and Ferry Locks (2019).
2. The trust has around 1,500 members and 280 volunteers.`,
      '002_founding.md': `date 2013-09-12 Canal trust appoints its first chief executive

The Lydgate Canal Trust has appointed Martin Pryce as its first chief executive. The trust currently has 410 paying members and an annual income of about £48,000.`,
      '004_output.md': `date 2024-02-05 Distillery output reaches a record

Kettlebeck Distillery published its production figures today. Output in 2023 was 10% higher than in 2022. About 78% of the 2023 total was whisky spirit. The distillery now has 5,900 casks maturing in its two warehouses.`,
      '003_cinema.md': `date 2020-09-01 The Regal's autumn season

The Regal's autumn season opens with Heat (1995) on 4 October. Tickets for each screening cost £9.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a year in brackets after a name', () => {
  it('dates no figure in the sentence after it', () => {
    const { refused } = corpus.ask('How many members did the trust have in 2018?');
    expect(refused).toBe(true);
  });

  it('dates nothing in the article it opens', () => {
    const { refused } = corpus.ask('How much were tickets at the Regal in 1995?');
    expect(refused).toBe(true);
  });

  it('leaves the article’s own year to date it', () => {
    const { answer, refused } = corpus.ask('How many members did the trust have in 2021?');
    expect(refused).toBe(false);
    expect(answer).toContain('1,500');
  });
});

describe('a year the opening lines compare with', () => {
  it('is not the article’s time: "higher than in 2022" dates no figure to 2022', () => {
    expect(corpus.ask('How many casks did Kettlebeck have in 2022?').refused).toBe(true);
    expect(corpus.ask('How many casks did Kettlebeck have in 2024?').answer).toContain('5,900');
  });
});
