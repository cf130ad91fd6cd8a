/**
 * The participle clause a yes/no question hangs on its subject ("the rower taken to hospital
 * after the capsize") says which one is meant; a "Yes" needs the main verb stated, not it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { modifierOnlyLemmas } from '../../src/answer/analyze/subject-modifier.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const modifier = (question: string) => [...modifierOnlyLemmas(parser.parse(question).tokens)];

describe('modifierOnlyLemmas', () => {
  it('reads a participle clause between the subject and the main verb', () => {
    expect(modifier('Did the rower taken to hospital after the capsize recover fully?')).toEqual(
      expect.arrayContaining(['take', 'hospital']),
    );
    expect(
      modifier('Was the users group motion asking for an island resident on the board passed?'),
    ).toEqual(expect.arrayContaining(['ask', 'resident', 'board']));
  });

  it('reads none where the participle is the main verb or there is none', () => {
    // A progressive's "-ing" is the main verb; "when he stops…" is a clause of its own.
    expect(
      modifier('Is Steve Holloway leaving the fire service when he stops being watch manager?'),
    ).toEqual([]);
    // "of repairing" is a gerund after a preposition.
    expect(
      modifier('Is the Environment Agency paying the whole cost of repairing the sea wall?'),
    ).toEqual([]);
    expect(modifier('did the team become a charitable incorporated organisation')).toEqual([]);
    expect(modifier('Did the club open a new pavilion?')).toEqual([]);
    // "reopen" ends as a participle does but is its own lemma: the main verb.
    expect(modifier('Did the hall reopen in June 2023 as first planned?')).toEqual([]);
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_report.md': `date 2024-06-01 Capsize investigation: summary of findings

A junior eight capsized near the Wend Bridge on 11 February 2024 in a strong stream. One rower was taken to Marlbury General Hospital with hypothermia and was discharged the following day.

The rower involved has made a full recovery and returned to rowing in May.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a yes/no question with a participle clause on its subject', () => {
  it('says yes from the sentence stating the main verb of the one meant', () => {
    expect(
      corpus.ask('Did the rower taken to hospital after the capsize recover fully?').answer,
    ).toMatch(/^Yes\b/u);
  });
});
