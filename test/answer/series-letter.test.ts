/**
 * A capital letter after a name says which one of a series it names ("Series A", "Terminal A"):
 * it is part of the name, though the tagger reads it as the article "a", and a sentence about
 * another of the series ("Series B") does not answer for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_a.md': `date 2020-03-02 Fernhill closes its first big round

Its Series A funding, £6.5 million, was raised from Halcyon Capital.`,
      '002_b.md': `date 2022-06-01 Fernhill raises again

Fernhill raised $22 million in the Series B round.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a series letter after a name', () => {
  it('is part of the name', () => {
    const names = (text: string) =>
      createTextParser()
        .parse(text)
        .entities.filter((entity) => entity.type === 'name')
        .map((entity) => entity.text);
    expect(names('Who led the Series A round?')).toContain('Series A');
    // A headline's article before another capitalised word is no letter of a series.
    expect(names('Fernhill Wins A Gold Medal')).not.toContain('Fernhill Wins A');
  });

  it('is not answered by a sentence about another of the series', () => {
    const response = corpus.ask('How much did Fernhill raise in the Series A round?');
    expect(response.answer).not.toMatch(/\$22 million/u);
    expect(response.answer).toMatch(/^£6\.5 million/u);
  });
});
