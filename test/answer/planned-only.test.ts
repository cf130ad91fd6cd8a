/**
 * A plan is no "Yes" to whether it happened: a sentence whose every verb is in the future tense
 * ("will be held") does not answer a question asked in the past or the perfect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { asksRealized, statesOnlyFuture } from '../../src/answer/compose/planned-only.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_appeal.md': `date 2021-11-02 A new lifeboat for Porthcarrow: the appeal so far

The appeal has raised £212,000 towards the station's share of the new lifeboat. A naming ceremony for the new lifeboat will be held at the harbour in 2022.`,
      '002_tractor.md': `date 2023-09-14 Tractor house opens

The new tractor house was opened by the mayor at a ceremony on the quay on 9 September 2023.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a sentence in the future tense', () => {
  it('says no Yes to whether it happened', () => {
    expect(corpus.ask('Was a naming ceremony held for the new lifeboat?').answer).not.toMatch(
      /^Yes/u,
    );
  });

  it('leaves a Yes to a sentence stating it happened', () => {
    expect(corpus.ask('Was the tractor house opened at a ceremony?').answer).toMatch(/^Yes/u);
  });
});

describe('statesOnlyFuture and asksRealized', () => {
  const parser = createTextParser();
  it('reads the future tense of every verb, negated or not', () => {
    expect(statesOnlyFuture(parser.parse('A ceremony will be held in 2022.').tokens)).toBe(true);
    expect(statesOnlyFuture(parser.parse("The boat won't be named until spring.").tokens)).toBe(
      true,
    );
    expect(
      statesOnlyFuture(parser.parse('The boat arrived in May and will be named in June.').tokens),
    ).toBe(false);
  });

  it('reads a question in the past or the perfect as asking whether it happened', () => {
    expect(asksRealized(parser.parse('Was the boat named?').tokens)).toBe(true);
    expect(asksRealized(parser.parse('Has the boat been named?').tokens)).toBe(true);
    expect(asksRealized(parser.parse('Will the boat be named?').tokens)).toBe(false);
  });
});
