/**
 * A side of a vote's tally ("57 for, 2 against") counts votes or voters: asked how many of the
 * things the motion was about, it is no answer; asked of the vote, it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { talliesVote } from '../../src/answer/evidence/tallied-vote.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const tallies = (text: string) => {
  const parsed = parser.parse(text);
  return parsed.entities
    .filter((entity) => talliesVote(entity, parsed))
    .map((entity) => entity.text);
};

describe('a side of a vote', () => {
  it('is a figure with "for" or "against" and nothing after it', () => {
    expect(tallies('Vote on solar panels: 57 for, 2 against.')).toEqual(['57', '2']);
    expect(tallies('They raised 57 for the roof fund.')).toEqual([]);
  });

  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '008.md': ` date 2022-05-20 Minutes of the annual general meeting

The board proposed installing solar panels on the south-facing roof of the Reading Room, at a cost of about £14,000.

Vote on solar panels: 57 for, 2 against.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('counts no panels, but answers a question about the vote', () => {
    expect(corpus.ask('How many solar panels were put on the roof?').answer).not.toMatch(/^57/u);
    expect(corpus.ask('How many votes were there for the solar panels?').answer).toMatch(/^57/u);
  });
});
