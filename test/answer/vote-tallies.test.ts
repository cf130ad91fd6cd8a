/**
 * A vote's tally is one answer: asked "What was the vote?", "Members voted 214 to 19" answers
 * "214 to 19", not one of its figures; "carried by 41 votes to 9" and "38 for, 9 against" too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { voteTallies } from '../../src/answer/evidence/vote-tallies.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const tallies = (text: string) => voteTallies(parser.parse(text)).map((tally) => tally.text);

describe('voteTallies', () => {
  it('reads a tally after a verb of deciding, with "votes", or by its sides', () => {
    expect(tallies('Members voted 214 to 19 to approve the agreement.')).toEqual(['214 to 19']);
    expect(tallies('The motion was carried by seven votes to five.')).toEqual([
      'seven votes to five',
    ]);
    expect(tallies('Vote on solar panels: 38 for, 9 against.')).toEqual(['38 for, 9 against']);
  });

  it('reads none in other figures joined by "to"', () => {
    expect(tallies('Fares rose from 2 to 3 euros, and 5 to 10 trams run an hour.')).toEqual([]);
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_contract.md': `# Paramedics ratify new contract

Date: 18 April 2022

Members of the union have ratified a new three-year agreement covering 260 paramedics. Members voted 214 to 19 to approve the agreement, which runs from April 1, 2022.`,
      '002_grant.md': `# Car-share pilot wins council grant

Date: 14 May 2019

The city council voted on Tuesday to give the car-share co-op a $350,000 pilot grant. Twelve members backed the grant after a long debate about parking.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('"What was the vote?"', () => {
  it('is answered by the tally whole', () => {
    expect(
      corpus.ask('What was the vote when union members ratified the 2022 agreement?').answer,
    ).toMatch(/^214 to 19 \[1\]/u);
  });

  it('is not answered by a lone figure', () => {
    expect(corpus.ask('What was the council vote on the $350,000 pilot grant?').answer).not.toMatch(
      /^Twelve/u,
    );
  });
});
