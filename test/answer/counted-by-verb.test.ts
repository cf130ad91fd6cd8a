/**
 * English makes verbs of nouns ("seat", "staff"): a figure right after the counted noun made a
 * verb, with no noun of its own, counts it ("It seats 2,500" — how many seats).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('a count after the counted noun made a verb', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '006.md': ` date 2021-09-01 Dockers move to the Dunmere Arena

The arena, on the former goods yard site next to Dunmere station, opened in June. It seats 2,500 for basketball, almost three times the capacity of the Riverside.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('counts that noun when no noun of its own follows the figure', () => {
    expect(corpus.ask('How many seats does the Dunmere Arena have for basketball?').answer).toMatch(
      /^2,500/u,
    );
  });
});
