/**
 * A question's clause of time takes its event as given, to date the one asked: a sentence
 * negating that clause's verb ("he would not be standing again", asked "…when he stood down?")
 * still answers; one negating the asked event itself names who did not do it (negation tests).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_agm.md': `# Darts league AGM minutes, May 2022

The Chairman, Stan Pickering, thanked the committee for its work. He then announced that, after 21 years as Chairman, he would not be standing again.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("a question's clause of time", () => {
  it("answers from a sentence negating only the clause's verb", () => {
    const response = corpus.ask('How long had Stan Pickering been chairman when he stood down?');
    expect(response.answer).toMatch(/^21 years \[1\]/u);
  });
});
