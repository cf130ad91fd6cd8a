/**
 * A counted figure followed by a word of relative position is a gap, not a total
 * (evidence/stated-gap.ts): it answers "by how many…", not "how many… did they finish with".
 * A figure after "by" is the margin of a change: it answers "by how much…", not the measure
 * itself. The corpus tests fail when their rule is switched off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { asksGap, marginOf, statesGap } from '../../src/answer/evidence/stated-gap.js';
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

describe('a figure after "by", the margin of a change', () => {
  it('names the verb whose change it measures, and nothing for another figure', () => {
    const figure = (text: string, written: string) => {
      const parsed = parser.parse(text);
      return marginOf(
        parsed.entities.find((entity) => entity.text === written)!,
        parsed,
      );
    };
    expect(figure('She broke the record by 41 seconds in the rain.', '41 seconds')).toBe('break');
    expect(figure('Sales rose by about 8% in the quarter.', 'about 8%')).toBe('rise');
    expect(figure('She finished in 2:22:58 on Sunday.', '2:22:58')).toBeNull();
  });

  const corpus = (() => {
    let built: ExtractiveCorpus | undefined;
    beforeAll(async () => {
      built = createExtractiveCorpus(
        {
          '001_race.txt': `Harbour Marathon

KELBY, 3 June 2024 - Mara Tolland won the Harbour Marathon on Sunday, breaking the course record by 41 seconds in strong wind. Tolland finished in 2:31:02.`,
        },
        { lexicon: await loadPackagedWordVectors() },
      );
    }, 60_000);
    return () => built!;
  })();

  it('answers "by how much" with the margin, and the time asked with the time', () => {
    const margin = corpus().ask('By how much did Mara Tolland break the course record?');
    expect(margin.answer).toMatch(/^41 seconds/u);
    const time = corpus().ask([
      { role: 'user', content: 'Who won the Harbour Marathon?' },
      { role: 'assistant', content: 'Mara Tolland' },
      { role: 'user', content: 'What was her time?' },
    ]);
    expect(time.answer).toMatch(/^2:31:02/u);
  });
});
