/**
 * "89-year-old Arthur Pryce": a span hyphened to "old" is an age, of the name after it (or, before
 * a common noun, of the nearest name before: "Joel Okafor, a 29-year-old nurse"), not a length
 * of time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('parsing a hyphened age', () => {
  it('reads "N-year-old" as one figure, and "N-year" before a noun as a length', () => {
    const entities = (text: string) =>
      createTextParser()
        .parse(text)
        .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities('Among them was 89-year-old Arthur Pryce.')).toContain('number:89-year-old');
    expect(entities('The seven-year-old boy waved.')).toContain('number:seven-year-old');
    expect(entities('The 10-year contract was signed.')).toContain('duration:10-year');
  });
});

describe('answering an age written hyphened', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001.md': ` date 2019-06-20 Midnight walk raises £96,000

Among the walkers was 89-year-old Arthur Pryce, who completed the full ten miles in memory of his wife.`,
        '002.md': ` date 2023-05-05 Election night as it happened

Eastgate, the seat Anita Varga gave up to run for mayor, goes to Joel Okafor, a 29-year-old nurse.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('gives the age of the name after it', () => {
    expect(corpus.ask('How old is Arthur Pryce?').answer).toMatch(/^89-year-old \[1\]/u);
  });

  it("gives no one else's age: the nurse's is Okafor's", () => {
    expect(corpus.ask('How old is Anita Varga?').refused).toBe(true);
  });
});
