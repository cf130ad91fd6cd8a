/**
 * A participle's agent after "by" is who did it: "A minibus now brings young people to the
 * club, paid for by the Reaching Communities grant" says nothing of whether young people pay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_club.md': `# Stainford Youth Club news

A minibus now brings Eastfield young people to the club on Friday nights, paid for by the Reaching Communities grant.`,
      '002_trust.md': `# Harbour trust accounts

The new pontoon was paid for by the Harbour Trust. The boatyard is still wholly owned by the Pascoe and Rowe families.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("a participle's agent", () => {
  it('gives no Yes of another doer than the one asked', () => {
    const response = corpus.ask('Do young people have to pay to come to the club?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
  });

  it('reads the agent as one phrase across "and"', () => {
    const response = corpus.ask('Is the boatyard still owned by the family?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  });

  it('says yes of the doer asked', () => {
    const response = corpus.ask('Did the Harbour Trust pay for the new pontoon?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  });
});
