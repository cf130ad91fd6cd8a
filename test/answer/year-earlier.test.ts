/** A figure for the year before the one a sentence states ("12.1% a year ago"). */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { ofYearEarlier, yearEarlierYears } from '../../src/answer/analyze/year-earlier.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('yearEarlierYears and ofYearEarlier', () => {
  it('add the year before each stated year when a year-earlier phrase follows a figure', () => {
    const years = (text: string) => yearEarlierYears(parser.parse(text));
    expect(years('Revenue in 2023 was $276 million, from $301 million a year earlier.')).toEqual([
      2022,
    ]);
    expect(years('Revenue in 2023 was $276 million.')).toEqual([]);
    // A comparison without the earlier year's figure tells nothing of that year.
    expect(
      years('The line carried 5.4 million passengers in 2021, up from the year before.'),
    ).toEqual([]);
  });

  it("take the figure right before the phrase as the year before's, not the others", () => {
    const parsed = parser.parse(
      'The margin of 10.2% (12.1% a year ago) was better than expected in 2023.',
    );
    const [current, previous] = parsed.entities.filter((entity) => entity.type === 'percent');
    expect(ofYearEarlier(parsed.tokens, previous!)).toBe(true);
    expect(ofYearEarlier(parsed.tokens, current!)).toBe(false);
  });
});

it('answers the year before with the figure its year-earlier phrase follows', async () => {
  const corpus = createExtractiveCorpus(
    {
      '001_note.md': `# Analyst note: Kettle Systems, second quarter of 2023

OSLO, 2 August 2023 - Kettle Systems' second-quarter 2023 revenue fell 8% to $276 million from $301 million a year earlier, the company said.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
  const response = corpus.ask(
    'How much revenue did Kettle Systems make in the second quarter of 2022?',
  );
  expect(response.answer).toMatch(/^\$301 million \[1\]/u);
}, 60_000);
