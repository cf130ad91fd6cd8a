/**
 * In a dated article "today", "yesterday" and "tomorrow" name a day of the calendar as exactly
 * as a written date: "Meridell Hotel Group today reopened The Copperline" answers when it
 * reopened, shown with the day the article's date makes it — in a sentence stating the asked
 * verb ("…packed the lawn yesterday to see the bandstand reopen" says nothing of when it was built).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '009_statement.md': `date 2023-05-22 The Copperline reopens after fire

Meridell Hotel Group today reopened The Copperline in Asheville, fourteen weeks after a kitchen fire forced the hotel to close. All 61 guests staying that night were evacuated safely.`,
      '010_bandstand.md': `date 2023-07-17 Bandstand reopens

WEXLEY — About 1,200 people packed the east lawn of Ashcombe Park yesterday afternoon to see the park's bandstand reopen after fifteen months of building work.`,
      '004_grant.md': `date 2021-03-02 Bandstand grant

The bandstand, which was built in 1907, was fenced off in 2016 after its columns were found to be unsafe.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('"today" in a dated article', () => {
  it("is another verb's day when the sentence does not state the asked one", () => {
    expect(corpus.ask('What year was the bandstand built?').answer).toMatch(/^1907/u);
  });

  it('answers "when" with the day the article is dated', () => {
    expect(corpus.ask('When did The Copperline reopen?').answer).toMatch(
      /^today \(22 May 2023, by the article's date\)/u,
    );
  });
});
