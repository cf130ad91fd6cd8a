/**
 * A sentence naming a sibling of the asked name (sharing some of its words, each with a word
 * of its own) and not the asked name itself speaks of that other one: its figures and names are
 * not the asked one's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON_WORD_RANK, loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { namesSibling } from '../../src/answer/evidence/sibling-name.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_regatta.md': `date 2023-06-12 Marlbury regatta results, June 2023

The Grand Challenge Cup for the best overall club went to Halden Rowing Club for the third year running, with nine wins.

More than 400 crews raced over the two days. The weather stayed dry until the final.

The bronze memorial plaque to the 17 members of Marlbury Town Rowing Club killed in the First World War was rededicated at the regatta.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a sibling of the asked name', () => {
  it("does not answer with the sibling's figure", () => {
    expect(corpus.ask('How many members does Halden Rowing Club have?').refused).toBe(true);
  });

  it('leaves the asked name, written whole, answered', () => {
    const response = corpus.ask(
      'How many members of Marlbury Town Rowing Club were killed in the First World War?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('17');
  });
});

describe('namesSibling', () => {
  const parser = createTextParser();
  let isCommon: (word: string) => boolean;
  beforeAll(async () => {
    const lexicon = await loadPackagedWordVectors();
    isCommon = (word) => (lexicon.rank(word) ?? Infinity) < COMMON_WORD_RANK;
  });
  const sentence = parser.parse(
    'The Chair reminded trustees that the lease from Hatherley Town Council expires in March.',
  );

  it('is true for a name sharing its head, a common noun, each with words of its own', () => {
    expect(namesSibling(sentence, [['hatherley', 'district', 'council']], isCommon)).toBe(true);
    expect(namesSibling(sentence, [['halden', 'council']], isCommon)).toBe(true);
  });

  it('is false for a name sharing no head', () => {
    expect(namesSibling(sentence, [['hatherley', 'beekeepers']], isCommon)).toBe(false);
  });

  it('is false for a name inside the asked one or around it', () => {
    expect(namesSibling(sentence, [['hatherley', 'town', 'council', 'offices']], isCommon)).toBe(
      false,
    );
    expect(namesSibling(sentence, [['town', 'council']], isCommon)).toBe(false);
  });

  it('is false when the asked name is written whole as well', () => {
    const both = parser.parse('Hatherley District Council wrote to Hatherley Town Council.');
    expect(namesSibling(both, [['hatherley', 'district', 'council']], isCommon)).toBe(false);
  });

  it('is false for a rare shared word: the name itself, shortened or titled', () => {
    const titled = parser.parse('Cllr Hoskin proposed an amendment to freeze the precept.');
    expect(namesSibling(titled, [['peter', 'hoskin']], isCommon)).toBe(false);
    const doctor = parser.parse('Dr. Smith said the results were encouraging.');
    expect(namesSibling(doctor, [['john', 'smith']], isCommon)).toBe(false);
  });
});
