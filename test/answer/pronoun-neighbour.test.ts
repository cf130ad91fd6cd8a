/**
 * A sentence naming the one asked about lends its question's words to the next sentence when
 * that one opens with "he" or "she" and goes on about them: "Maya … has died at the city zoo.
 * She was 52." answers "How old was Maya when she died?".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '003_maya.md': `date 2018-02-15 Maya, Ashbury's last elephant, dies

Maya, the Asian elephant who was a favourite of generations of Ashbury children, has died at the city zoo. She was 52.

The zoo's director said the elephant house would close.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a neighbour opening with a personal pronoun', () => {
  it('goes on about the one its sentence names', () => {
    const response = corpus.ask('How old was Maya when she died?');
    expect(response.answer).toMatch(/^52 \[/u);
  });
});
