/**
 * Asked how something was done, the asked verb's own "by", "through" or "with" phrase names
 * its means outright ("How was the trip paid for?" — "The week cost £3,900, paid for by a
 * grant from the Stainford Rotary Club…"), as a cause named outright answers "why". The verb
 * is the asked one by its word, a derivation or WordNet: the vectors' closeness ("presented
 * with" for "chosen") makes no means.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const senses = openWordNet();
afterAll(() => senses.close());
let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_trip.md': `date 2016-08-02 Stainford teenagers conquer the Lake District

Fourteen young people from Stainford Youth Club swapped their phones for walking boots last month on a five-day trip to the Lake District, and came home, in the words of one of them, "aching in places I didn't know I had".

The trip was led by Dave Kirkbride, the club's lead youth worker, with two volunteers. They went canoeing on Derwentwater and climbed Scafell Pike.

The club meets three evenings a week in the Old Drill Hall. The week cost £3,900 in total, paid for by a grant from the Stainford Rotary Club, a sponsored car wash and bag-packing at the Tesco on Mill Road.`,
      '002_agm.md': `date 2020-11-10 Brackley Lane allotment society annual meeting

The chair, Dennis Fairweather, said he would not be standing again. Two members stood for chair. Following a secret ballot, Priya Chandran was elected by 22 votes to 17.

Jean Catterall retired as secretary after nine years and was presented with a voucher and flowers by the chair.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
});

describe("the asked verb's means", () => {
  it('answers how it was done', () => {
    const response = corpus.ask('How was the 2016 Lake District trip paid for?');
    expect(response.answer).toContain('paid for by a grant from the Stainford Rotary Club');
  });

  it('is not a verb the vectors put near the asked one', () => {
    const response = corpus.ask('How was the chair chosen in 2020 when two people stood?');
    expect(response.answer).toContain('secret ballot');
    expect(response.answer).not.toContain('presented with');
  });
});
