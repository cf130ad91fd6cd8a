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

describe('a section headed by a noun of reason', () => {
  it('gives the reasons asked of the event its article is about ("## Root cause" of a post-mortem)', async () => {
    const postMortem = createExtractiveCorpus(
      {
        '001_outage.md': `date 2021-11-22 Post-mortem: Tessellate outage of 17 November 2021

On Wednesday 17 November 2021, between 09:14 and 13:26 UTC, Tessellate was unavailable for 62% of our customers. This was the longest outage in our history, and we are sorry. The November outage cost us $186,000 in service credits.

## Root cause

Release 2.6.0 added an index to a table holding around 900 million rows. The migration was written without the concurrent option, so the database locked the table for writes while the index was built.

## What we are changing

Every migration will now be checked before release.`,
        '002_launch.md': `date 2021-03-02 Tessellate 2.5 is out

Tessellate 2.5 adds a scheduler and three new connectors. The launch had been delayed by a week.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = postMortem.ask('What caused the November 2021 outage?');
    // The section, from its first sentence, not the lead's apology.
    expect(answer).toMatch(/^Release 2\.6\.0 added an index/u);
    expect(answer).toContain('locked the table');
    expect(answer).not.toContain('checked before release');
  }, 60_000);
});

describe('a section of causes in the article telling the event', () => {
  it('gives its listed causes, all of them, whatever words its title uses', async () => {
    const report = createExtractiveCorpus(
      {
        '001_report.md': `date 2022-05-30 Safety investigation report: scaffold collapse in Dock 2

**1. Summary**

At approximately 10.20am on Monday 14 March 2022, a mobile scaffold tower collapsed inside the hull of the research vessel under construction in Dock 2. One employee fell about 4.5 metres and was seriously injured.

**2. Causes**

The investigation found three direct causes.

Direct causes:

- Two of the four castor brakes had not been re-engaged after the tower was moved.
- One of the tower's outriggers was missing.
- The drainage channel had not been covered or marked.

**3. Actions**

All towers have been inspected since the incident.`,
        '002_news.md': `date 2022-03-15 Worker hurt at yard

A worker was seriously hurt when a mobile tower toppled over in Dock 2 at the yard on Monday, the company said.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = report.ask('What caused the mobile tower to topple over in Dock 2?');
    expect(answer).toContain('castor brakes');
    expect(answer).toContain('drainage channel');
    expect(answer).not.toContain('Direct causes:');
  }, 60_000);
});
