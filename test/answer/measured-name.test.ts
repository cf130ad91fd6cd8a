/**
 * A number after a name is a mark of another model ("Nimbus 2") unless a unit of measure follows
 * it: "Lantern Lager 12 oz cans" are cans of Lantern Lager. WordNet knows some units only by
 * their abbreviation with its full stop ("oz."); a verb is no unit ("Nimbus 2 goes on sale").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet, unitDimensions, unitOfMeasure } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_recall.md': `date 2023-03-09 Copperline recalls limited quantity of Lantern Lager

Copperline Brewing Co. is voluntarily recalling a limited quantity of its lager because some cans may be over-carbonated.

The recall affects 1,840 cases of Lantern Lager 12 oz cans in 12-packs and 6-packs.`,
      '002_ferries.md': `date 2023-05-04 Ferry news

HARBOURTON - The Tramline 2 ferry opened on 4 May 2023, the operator said.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a number after a name', () => {
  it('measures the named thing when a unit follows it', () => {
    const response = corpus.ask('How many cases of Lantern Lager were recalled?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('1,840');
  });

  it('still marks another model when no unit follows', () => {
    expect(corpus.ask('When did the Tramline ferry open?').refused).toBe(true);
  });
});

describe('unitOfMeasure', () => {
  const units = unitOfMeasure(openWordNet());
  it('knows a unit WordNet lists only with its full stop', () => {
    expect(units('oz')).toBe(true);
    expect(units('ml')).toBe(true);
    expect(units('sheep')).toBe(false);
  });

  it('takes no verb for a unit ("goes": "go" is a spell of time too)', () => {
    expect(units('go')).toBe(false);
  });
});

describe('unitDimensions', () => {
  const dimensionsOf = unitDimensions(openWordNet());
  it("reads what a unit measures from WordNet's class above it", () => {
    expect(dimensionsOf('kilogram')).toEqual(['weight']);
    expect(dimensionsOf('tonne')).toEqual(['weight']);
    expect(dimensionsOf('metre')).toEqual(['length']);
    expect(dimensionsOf('knot')).toEqual(['speed']);
    expect(dimensionsOf('mph')).toEqual(['speed']);
    expect(dimensionsOf('acre')).toEqual(['area']);
    expect(dimensionsOf('litre')).toEqual(['volume']);
  });

  it('reads none of a word that is no unit, nor of a unit of time or money', () => {
    expect(dimensionsOf('people')).toEqual([]);
    expect(dimensionsOf('hour')).toEqual([]);
    expect(dimensionsOf('dollar')).toEqual([]);
  });
});
