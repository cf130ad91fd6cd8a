/**
 * A date in a phrase right after a noun of a happening ("after a kitchen fire on February 11")
 * is that happening's time, not the time of the verb before it ("reopened").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { datesAnotherVerb } from '../../src/answer/evidence/dated-verb.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { namesEvent, openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const senses = openWordNet();
afterAll(() => senses.close());
const parser = createTextParser();
const events = namesEvent(senses);

describe('namesEvent', () => {
  it('reads a noun whose most frequent sense is a happening', () => {
    expect(events('fire')).toBe(true);
    expect(events('hotel')).toBe(false);
  });
});

describe('datesAnotherVerb', () => {
  const sentence = parser.parse(
    'Meridell Hotel Group reopened The Copperline fourteen weeks after a kitchen fire on February 11 forced the hotel to close.',
  );
  const date = sentence.entities.find((entity) => entity.text === 'February 11')!;

  it("reads a date after a noun of a happening as that happening's", () => {
    expect(datesAnotherVerb(sentence, date, new Set(['reopen']), events)).toBe(true);
  });

  it('reads a date after a noun of a thing as the verb\'s ("reopened the hotel on May 22")', () => {
    const own = parser.parse('Meridell reopened the hotel on May 22 after repairs.');
    const may = own.entities.find((entity) => entity.text === 'May 22')!;
    expect(datesAnotherVerb(own, may, new Set(['reopen']), events)).toBe(false);
  });
});

describe('asked when the verb happened', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '009_statement.md': `date 2023-05-22 The Copperline reopens after fire

Meridell Hotel Group reopened The Copperline in Asheville fourteen weeks after a kitchen fire on February 11 forced the hotel to close.`,
        '011_review.md': `date 2023-12-30 Lifeboat station annual review 2023

The new lifeboat has completed 31 services since going on service on 24 May 2022 without any significant defects.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
  });

  it("does not answer with the happening's date", () => {
    expect(corpus.ask('When did The Copperline reopen?').answer).not.toMatch(/^February 11/u);
  });

  it('answers with the date of a happening the question names ("go on service")', () => {
    expect(corpus.ask('On what date did the new lifeboat go on service?').answer).toMatch(
      /^24 May 2022/u,
    );
  });
});
