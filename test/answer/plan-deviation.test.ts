/**
 * A deviation from a plan settles a yes/no question asking of it: "finished on time?" is
 * answered "No" by "two months behind schedule", "run late?" by "ahead of schedule".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { deviationVerdict, statedDeviation } from '../../src/answer/compose/plan-deviation.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const stated = (text: string) => statedDeviation(parser.parse(text).tokens);

describe('statedDeviation', () => {
  it.each([
    ['Work finished in September 2022, two months behind schedule.', 'late'],
    ['The builders finished about six weeks later than planned.', 'late'],
    ['The upgrade was completed six months ahead of schedule.', 'early'],
    ['It finished four months early and £60,000 under budget.', 'early'],
    ["The repairs cost £318,000, below the engineers' estimate.", 'under'],
    ['The scheme went £2.5 million over budget.', 'over'],
    ['Was the bridge finished on time?', 'punctual'],
    ['Did the project go over budget?', 'over'],
  ])('%s → %s', (text, expected) => {
    expect(stated(text)).toBe(expected);
  });

  it.each([
    'The hall reopens in late March.',
    'It could open as early as March.',
    'Bids must arrive no later than 4 June.',
    'The project did not run late.',
    'The ferry left Portmallen at 07:00.',
  ])('finds none in "%s"', (text) => {
    expect(stated(text)).toBeNull();
  });
});

describe('deviationVerdict', () => {
  it('answers a question of time by a deviation in time, and none of money', () => {
    expect(deviationVerdict('punctual', 'late')).toBe('No');
    expect(deviationVerdict('punctual', 'early')).toBe('Yes');
    expect(deviationVerdict('late', 'early')).toBe('No');
    expect(deviationVerdict('late', 'late')).toBe('Yes');
    expect(deviationVerdict('over', 'under')).toBe('No');
    expect(deviationVerdict('under', 'within')).toBeNull();
    expect(deviationVerdict('punctual', 'over')).toBeNull();
  });
});

describe('a yes/no question of a plan', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_boathouse.md': `# Boat club summer newsletter 2022

Work on the boathouse on Riverside Walk finished in September 2022, two months behind schedule.

The new roof and changing rooms are already in use.`,
        '002_works.md': `# Hollins Bridge upgrade complete

A £64 million upgrade of Hollins Bridge Water Treatment Works has been completed six months ahead of schedule, the company announced yesterday.`,
        '003_agm.md': `# Cricket club AGM minutes, March 2025

The Treasurer reported that the interest-free loan from the Downshire Cricket Board had been repaid in full in October 2024, more than a year ahead of schedule.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
    );
  });

  it('says "No" when the sentence says it finished late', () => {
    const response = corpus.ask('Was the boathouse refurbishment finished on time?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it('says "No" to "did it run late?" when the sentence says it finished early', () => {
    const response = corpus.ask('Did the Hollins Bridge upgrade run late?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it('says "Yes" from the deviation the question asks, its words read by the verdict', () => {
    const response = corpus.ask('Was the Downshire Cricket Board loan paid off early?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  });
});
