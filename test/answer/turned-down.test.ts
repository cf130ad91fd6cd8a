/**
 * What a proposal proposed, turned down ("A proposal to rename the club was rejected"), did not
 * happen: a yes/no asking of it is answered "No".
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
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a proposal turned down', () => {
  it('says "No" to whether what it proposed happened', () => {
    const response = corpus.ask('Did members vote to rename the club in 2021?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  });
});
