/**
 * What a proposal proposed, turned down or put off ("A proposal to rename the club was
 * rejected", "Harbour open day: postponed this year"), did not happen: a yes/no asking of it
 * is answered "No".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_agm.md': `# Kestrel Mountaineering Club AGM 2021

Members agreed a new subscription of £45 a year. A proposal to rename the club was rejected by a large majority.`,
      '002_events.md': `date 2023-04-03 Quayside News: spring 2023

Harbour open day and lifeboat fun day: postponed this year because of the construction work; we hope to return in 2024.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a proposal turned down or put off', () => {
  it('says "No" to whether what it proposed happened', () => {
    const response = corpus.ask('Did members vote to rename the club in 2021?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });

  it('says "No" to whether what was postponed went ahead', () => {
    const response = corpus.ask('Did the harbour open day go ahead in 2023?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });
});
