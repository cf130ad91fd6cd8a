/**
 * What a correction notice reports a text once said is the error it corrects: no "Yes", and no
 * factoid's answer. A figure contradicts the one asked only when it counts the same thing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_correction.txt': `Correction: floodlights funding

HARBOURTON, 9 June 2023 - Our report on the skate park floodlights gave the wrong opening date. We also wrongly described the Westmoor Community Foundation's contribution as a loan; it is a grant of £15,000. We apologise for the errors.`,
      '002_society.txt': `Model railway society moves in

HARBOURTON, 3 May 2021 - The society's two largest layouts have been set up permanently in the main room of its new clubroom. Members meet on Wednesday evenings.`,
      '004_stones.txt': `The Hack: Correction and clarification

Issued: November 2023

In the autumn 2023 issue we reported that the club's eight new sets of stones cost £14,400. That figure was taken from the supplier's original quotation and was wrong. The correct figure is £15,600, which includes delivery and VAT.

We also misspelt the name of the tenor who sang the title role in Peter Grimes: he is Rhodri Evans-Lloyd, not Rhodri Evans-Floyd.`,
      '006_pool.txt': `Correction: leisure centre changing rooms

In our report of 12 August 2023 we said that the poolside changing rooms would be closed for up to ten days. They reopened on 20 August 2023, after nine days.`,
      '003_juniors.txt': `Junior section

HARBOURTON, 9 May 2022 - The society's two junior members have built a layout of their own.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a correction', () => {
  it('says "No" to what it reports as an error ("wrongly described … as a loan")', () => {
    expect(
      corpus.ask('Is the Westmoor Community Foundation money for the floodlights a loan?').answer,
    ).toMatch(/^No \[1\]/u);
  });

  it('denies nothing it states outside the error ("it is a grant")', () => {
    expect(
      corpus.ask('Is the Westmoor Community Foundation money for the floodlights a grant?').answer,
    ).not.toMatch(/^No\b/u);
  });
});

describe('a figure in the sentence found', () => {
  it('contradicts the asked figure when it counts the same thing, whatever date the line gives', () => {
    // The dateline's "3 May" states no 3.
    expect(corpus.ask('Were 3 layouts set up in the new clubroom?').answer).toMatch(/^No\b/u);
  });

  it('says nothing of a figure counting something else ("two largest layouts", a 12-year-old)', () => {
    expect(corpus.ask('Can my 12-year-old join the society?').answer).not.toMatch(/^No\b/u);
  });
});

describe('a factoid asked of what a correction notice corrects', () => {
  it('is not answered by the figure once reported', () => {
    const answer = corpus.ask(
      'What did the eight new sets of stones actually cost, including delivery and VAT?',
    ).answer;
    expect(answer).not.toMatch(/£14,400/u);
  });

  it('is answered by the correction after the reported clause ("…misspelt the name: he is…")', () => {
    expect(corpus.ask('Who sang the title role in Peter Grimes?').answer).toMatch(
      /^Rhodri Evans-Lloyd/u,
    );
  });

  it("takes no date of the earlier report's own clause ('In our report of 12 August 2023 we said…')", () => {
    expect(corpus.ask('When did the poolside changing rooms reopen?').answer).toMatch(
      /^20 August 2023/u,
    );
  });
});
