/**
 * "Was it unanimous?": a tally counting anyone against or abstaining says no, "unanimously"
 * says yes, in the sentence found or the one after it in its paragraph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { unanimityVerdict } from '../../src/answer/compose/vote-tally.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const verdict = (text: string) => unanimityVerdict(text, parser.parse(text).tokens);

describe('unanimityVerdict', () => {
  it('is "No" for a tally with anyone against or abstaining', () => {
    expect(verdict('The authority voted 11 to 6 in favour of merging the two stations.')).toBe(
      'No',
    );
    expect(verdict('The vote was carried by five votes to two.')).toBe('No');
    expect(verdict('It was agreed by a show of hands, with three votes against.')).toBe('No');
    expect(verdict('Agreed, with one abstention (AP).')).toBe('No');
    expect(verdict('The court split 2-1 on the sentence.')).toBe('No');
    expect(verdict('The motion carried 9 to 2 (Trustees Pierce and Tolliver opposed).')).toBe('No');
  });

  it('is "Yes" for a unanimous decision, "No" when that is negated', () => {
    expect(verdict('Agreed unanimously.')).toBe('Yes');
    expect(verdict("The commission's three members were unanimous.")).toBe('Yes');
    expect(verdict('The decision was not unanimous.')).toBe('No');
  });

  it('is null for a tally with no one against, or no tally', () => {
    expect(verdict('Carried, with 12 in favour and none against.')).toBeNull();
    expect(verdict('The proposal was discussed at length.')).toBeNull();
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `date 2021-04-20 Zoo trustees: minutes of the board meeting, 20 April 2021

4. Admission prices. The director proposed raising the adult day ticket from £18.50 to £19.95 from 1 July 2021. Agreed, with one abstention.

5. Car park. The director proposed resurfacing the car park at a cost of £40,000. Agreed unanimously.`,
      '002_subscriptions.md': `date 2023-03-14 Friends of the park: committee minutes, March 2023

3. Subscriptions. The treasurer proposed raising the annual subscription from £8 to £10 from April. The motion carried 5 to 1.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('asked whether a decision was unanimous', () => {
  it('reads a tally straight after a verb of a motion\'s fate ("The motion carried 5 to 1")', () => {
    expect(
      corpus.ask('Was the committee vote on raising the subscription unanimous?').answer,
    ).toMatch(/^No\b/u);
  });

  it('answers from the tally recorded after the proposal', () => {
    expect(
      corpus.ask('Did the trustees agree the 2021 ticket price rise unanimously?').answer,
    ).toMatch(/^No\b/u);
    expect(corpus.ask('Was the car park resurfacing agreed unanimously?').answer).toMatch(
      /^Yes\b/u,
    );
  });
});
