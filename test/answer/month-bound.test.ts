/**
 * A month asked "by" is a deadline: "How much had the appeal raised by mid-April 2020?" is
 * answered by a sentence dated to March ("launched on March 20 has already raised…") in an
 * April article, while a month asked otherwise still wants that month.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { monthsBy, withinMonthBound } from '../../src/answer/evidence/month-bound.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('monthsBy', () => {
  it('reads the months a date after "by" names, over its determiner', () => {
    expect([
      ...monthsBy(parser.parse('How much had the appeal raised by mid-April 2020?')),
    ]).toEqual([3]);
    expect([
      ...monthsBy(parser.parse('How many children had they seen by the end of January 2025?')),
    ]).toEqual([0]);
  });

  it('reads no bound from a month asked otherwise', () => {
    expect(monthsBy(parser.parse('How much did the appeal raise in April 2020?')).size).toBe(0);
  });

  it('holds the months at or before the bound', () => {
    expect(withinMonthBound(2, new Set([3]))).toBe(true);
    expect(withinMonthBound(3, new Set([3]))).toBe(true);
    expect(withinMonthBound(4, new Set([3]))).toBe(false);
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_appeal.md': `# Ballet company counts the cost of cancelled tour

Date: 16 April 2020

The company will lose $1.3 million in ticket income. An emergency appeal launched on March 20 has already raised $415,000 from more than 2,900 donors.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a month asked "by"', () => {
  it('is met by a sentence dated to an earlier month', () => {
    const response = corpus.ask('How much had the emergency appeal brought in by mid-April 2020?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^\$415,000 \[1\]/u);
  });

  it('is not met by a later month', () => {
    const response = corpus.ask('How much had the emergency appeal brought in by February 2020?');
    expect(response.answer).not.toMatch(/^\$415,000/u);
  });
});
