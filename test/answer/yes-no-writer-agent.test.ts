/**
 * Who a "Yes" finds doing the asked verb: the whole agent phrase after "by", over a possessive
 * ("approved by Wiltshire Council's planning committee"), and the writer's "we", which is the
 * group the article's credit lines name ("…has stayed on with us", in Pennyhill Farm Cider's
 * report).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_arena.md': `# New arena approved despite floodlight fears

Date: 12 May 2022

Plans for a large new outdoor arena at Holloway Farm Equestrian Centre have been approved by Wiltshire Council's planning committee, despite objections from neighbours about floodlighting.`,
      '002_harvest.txt': `Harvest Report 2024: a wet year in the orchards

Pennyhill Farm Cider
December 2024

It was the wettest summer we can remember. Rain fell on forty days between June and August, and the grass in the orchards never dried out.

Scab spread through the Dabinett trees in July, and the fruit that survived was small. The press ran for only six weeks, and there will be less Pennyhill Medium than usual.

We planted 400 new apple trees in the top orchard in 2024. Jake Moyle completed his apprenticeship in July 2024 and has stayed on with us as assistant cidermaker.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a yes/no question about who did something', () => {
  it('reads the agent after "by" over its possessive', () => {
    expect(corpus.ask('Did the planning committee approve the new arena?').answer).toMatch(
      /^Yes \[1\]/u,
    );
  });

  it("takes the writer's we for the group the credit lines name", () => {
    expect(corpus.ask('Did Pennyhill plant new apple trees in 2024?').answer).toMatch(
      /^Yes \[1\]/u,
    );
    expect(corpus.ask('Did Jake Moyle stay at Pennyhill?').answer).toMatch(/^Yes \[1\]/u);
  });
});
