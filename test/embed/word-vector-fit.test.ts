/**
 * The word-vector embedder's fit at index time: the common component found
 * from the texts, and each text's embedding computed on the way, exactly the
 * embedding the fitted embedder gives it (the build does not embed twice).
 */
import { describe, expect, it } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

const TEXTS = [
  'Iran and Pakistan agree to fence the border.',
  'Rovers beat United in the cup final, three goals to one.',
  'The 909km-long frontier runs through Balochistan.',
  '',
  'Officials met in Quetta to discuss smuggling across the border.',
];

describe('fitting the word-vector lexicon', () => {
  it('gives every text’s embedding, the same numbers the fitted embedder computes', async () => {
    const spec = wordVectorEmbedderSpec();
    const words = ['the', 'border', 'iran', 'pakistan', 'rovers', 'goals', 'officials', 'quetta'];
    const lexicon = await createFakeWordVectors(words)();
    const fitted = await spec.fit!({ lexicon, texts: TEXTS });
    expect(fitted.lexicon.commonComponent).toBeDefined();
    const embedder = await spec.create({ lexicon: fitted.lexicon });
    const expected = await embedder.embedDocuments(TEXTS);
    expect(fitted.embeddingOf).toBeDefined();
    TEXTS.forEach((_, index) => expect(fitted.embeddingOf!(index)).toEqual(expected[index]));
  });
});
