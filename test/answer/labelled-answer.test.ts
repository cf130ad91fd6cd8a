/**
 * A fact sheet's line labelled with the words asked answers yes or no by its value ("Suitable
 * for vegetarians: No"), of the thing the sheet names above its lines.
 */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { answerWordOf } from '../../src/answer/compose/labelled-value.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('answerWordOf', () => {
  it("reads English's answer words, not a negative determiner nor the abbreviation of number", () => {
    expect(answerWordOf('No')).toBe('No');
    expect(answerWordOf('yes')).toBe('Yes');
    expect(answerWordOf('yes, by ramp at the south door')).toBe('Yes');
    expect(answerWordOf('no parking at the practice')).toBeNull();
    expect(answerWordOf('no. 301884')).toBeNull();
    expect(answerWordOf('Nothing')).toBeNull();
  });
});

describe('a labelled yes or no', () => {
  it('answers the question its label states, of the cheese the sheet names', async () => {
    const corpus = createExtractiveCorpus(
      {
        '002_fact-sheet.txt': `Arkendale Crumbly: product specification

Sheet issued: September 2019

Description: A fresh, crumbly, lemony farmhouse cheese in the traditional northern style.

Milk: Raw cow's milk from the farm's own Shorthorn herd
Rennet: Traditional animal rennet
Suitable for vegetarians: No
Organic: yes, certified by the Soil Association since 2012
Maturing: 6 to 10 weeks`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('Is Arkendale Crumbly suitable for vegetarians?').answer).toMatch(
      /^No \[1\]/u,
    );
    expect(corpus.ask('Is Arkendale Crumbly organic?').answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});
