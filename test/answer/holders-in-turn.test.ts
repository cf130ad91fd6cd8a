/**
 * A post's holders listed with their terms in brackets, one after another, took it over in
 * that order: asked who took over from one, the next in the list answers.
 */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { holdersInTurn } from '../../src/answer/evidence/holders-in-turn.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const turns = (text: string) =>
  holdersInTurn(parser.parse(text)).map(({ before, after }) => `${before} > ${after}`);

describe('holders of a post listed with their terms', () => {
  it('succeed one another in the order their terms run', () => {
    expect(
      turns(
        'Directors of excavations: Dr Helen Crowe (1996-2018), Dr Sam Achterberg (2018-2022), Ifeoma Nwosu (2023-).',
      ),
    ).toEqual(['Dr Helen Crowe > Dr Sam Achterberg', 'Dr Sam Achterberg > Ifeoma Nwosu']);
  });

  it('are no succession when the terms overlap or have not ended (lifespans, years joined)', () => {
    expect(turns('Founders: John Abbot (1901-1980) and Mary Bell (1910-1995).')).toEqual([]);
    expect(turns('New members: Ann Bell (2015), Tom Reid (2017).')).toEqual([]);
  });

  it('answer who took over from one of them', async () => {
    const corpus = createExtractiveCorpus(
      {
        '009.md': ` date 2024-02-01 About the society

The Wendleshire Archaeological Society was founded in 1958 and is a registered charity. Directors of excavations: Dr Helen Crowe (1996-2018), Dr Sam Achterberg (2018-2022), Ifeoma Nwosu (2023-).`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('Who took over from Helen Crowe as director of excavations?').answer).toMatch(
      /^Dr Sam Achterberg/u,
    );
  });
});
