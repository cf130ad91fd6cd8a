/**
 * A fact sheet's record, "Label: value" lines one under another, is about what its first line
 * names ("Exhibit: Sea Otter Cove"): each line below states that name. A name in another line's
 * value is that value's own ("Ground: The Pightle, Little Ashcombe" says nothing of when the
 * League line's club was founded), and a blank line ends the record.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_otters.md': `# Fact sheet: sea otter habitat

Revised: April 2021

Exhibit: Sea Otter Cove
Next door: the Kelp Forest
Opened: 2004
Volume: 95,000 gallons of filtered seawater
Team lead: Brianna Kealoha`,
      '002_interview.md': `# Curator interview, 2022

The new gallery will be the biggest thing we have ever done. The main tank holds 520,000 gallons, more than five times the size of our otter habitat. Our Kelp Forest, built in 2011, is still the favourite of most visitors.`,
      '003_club.md': `# Little Ashcombe Cricket Club: a short history

Fact sheet compiled by Geoffrey Lamb, club archivist
Revised: April 2024

Founded: 1887
Founder: The Reverend Edmund Carew, vicar of St Mary's, Little Ashcombe
Ground: The Pightle, Church Lane, Little Ashcombe
Ground tenure: leased from the Ashcombe Estate from 1919; bought outright in 1976 for £9,000
First pavilion: 1908 (timber; destroyed by fire in August 1959)
Second pavilion: opened 1962
Club colours: bottle green and gold
League: Downshire Village Cricket League (joined 1973)
League titles: 1981, 1994, 2022`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("a fact sheet's record", () => {
  it('answers from a line below the one naming what the record is about', () => {
    const response = corpus.ask('How many gallons does Sea Otter Cove hold?');
    expect(response.answer).toMatch(/^95,000 gallons \[1\]/u);
  });

  it("does not take a name from another line's value", () => {
    expect(corpus.ask('When was the Kelp Forest opened?').answer).toMatch(/^2011 \[1\]/u);
    const response = corpus.ask('When was Little Ashcombe Cricket Club founded?');
    expect(response.answer).toMatch(/^1887 \[1\]/u);
  });
});
