/**
 * A counted figure followed by a word of relative position is a gap, not a total
 * (evidence/stated-gap.ts): it answers "by how many…", not "how many… did they finish with".
 * The corpus test fails when the rule is switched off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { asksGap, statesGap } from '../../src/answer/evidence/stated-gap.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('statesGap and asksGap', () => {
  it('reads a count followed by a word of relative position as a gap', () => {
    // The figure with the noun it counts, as the evidence finder hands it over.
    const counted = (text: string) => {
      const parsed = parser.parse(text);
      const noun = parsed.tokens.findIndex((token) => token.normal === 'points');
      const figure = parsed.entities.find((entity) => entity.last === noun - 1)!;
      return { entity: { ...figure, last: noun }, parsed };
    };
    const gap = counted('Harbour Town are fourth, four points behind the leaders.');
    expect(statesGap(gap.entity, gap.parsed)).toBe(true);
    const total = counted('Harbour Town finished on 70 points in May.');
    expect(statesGap(total.entity, total.parsed)).toBe(false);
  });

  it('tells a question asking a gap from one asking a total', () => {
    const tokens = (text: string) => parser.parse(text).tokens;
    expect(asksGap(tokens('By how many points did they trail the leaders?'))).toBe(true);
    expect(asksGap(tokens('How many more points did they need?'))).toBe(true);
    expect(asksGap(tokens('How many points did they finish with?'))).toBe(false);
  });
});

describe('a gap is no total', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_table.txt': `Harbour Town chase the title

VELDHAVEN, 2 March 2024 - Harbour Town are fourth in the league, four points behind the leaders Dockside Rovers, with ten games to play.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  }, 60_000);

  it('does not answer how many points a side has with the gap to another', () => {
    const response = corpus.ask('How many points do Harbour Town have in the league?');
    expect(response.answer.split('\n')[0]).not.toContain('four points');
  });

  it('answers the gap when a gap is asked', () => {
    const response = corpus.ask('By how many points do Harbour Town trail Dockside Rovers?');
    expect(response.answer.split('\n')[0]).toContain('four points');
  });
});
