/**
 * "Since 2001" opens a span from 2001 and tells of a later time; "since 2001, when
 * foot-and-mouth disease closed the towpath" tells of 2001 too, in its relative clause.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_newsletter.md': `# Boat club summer newsletter 2020

The 2020 Varsity was cancelled, the first time the race has not gone ahead since 2001, when foot-and-mouth disease closed the towpath.

The 2019 Varsity was won by Ashcombe by two lengths.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a year after "since" that a clause of "when" tells of', () => {
  it('is a year the sentence speaks of', () => {
    const response = corpus.ask("Why wasn't the Varsity held in 2001?");
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('foot-and-mouth');
  });
});
