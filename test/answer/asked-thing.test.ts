/**
 * "How much did the fuel berth cost?": the subject of "cost" is the thing priced, and a sum in
 * a sentence that speaks of no such thing, nor do the sentences around it, is another thing's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { askedThing } from '../../src/answer/evidence/asked-thing.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const COST = new Set(['cost']);
const thing = (question: string) => askedThing(parser.parse(question).tokens, COST);

describe('the thing a price is asked of', () => {
  it('is the head noun of the subject of "cost", before its phrase\'s preposition', () => {
    expect(thing('How much did the fuel berth on the North Quay cost to build?')).toBe('berth');
    expect(thing('How much does a jar of honey cost on the stall?')).toBe('jar');
    expect(thing("How much did Port Quillan's new fish market cost to build?")).toBe('market');
  });

  it('is none for a pronoun or a name, nor without "cost"', () => {
    expect(thing('What did it cost to convert the warehouse?')).toBeNull();
    expect(thing('How much did Vantage cost?')).toBeNull();
    expect(thing('How much did the council spend on the bikes?')).toBeNull();
  });

  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001.md': ` date 2017-10-13 New fish market opens on Port Quillan quay

Port Quillan's new fish market was officially opened yesterday, replacing a draughty 1930s shed that skippers say had long been unfit for the job.

The £2.6m building on the North Quay includes a chilled auction hall, cold stores able to hold 180 tonnes of fish, and a viewing gallery for the public. It was paid for with a £1.5m grant from an EU fisheries fund and £1.1m borrowed by the Port Quillan Harbour Commissioners.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('answers the price of what the sentences speak of, not of another thing', () => {
    expect(corpus.ask('How much did the new fish market cost to build?').answer).toMatch(
      /^£2\.6m/u,
    );
    expect(corpus.ask('How much did the fuel berth on the North Quay cost to build?').refused).toBe(
      true,
    );
  });
});
