/** A figure for the year before the one a sentence states ("12.1% a year ago"). */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  deicticYearOf,
  ofYearEarlier,
  yearEarlierYears,
} from '../../src/answer/analyze/year-earlier.js';
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

describe('a deictic year of a figure', () => {
  const yearOf = (text: string, figure: string, articleYear: number) => {
    const parsed = parser.parse(text);
    const entity = parsed.entities.find((candidate) => candidate.text === figure)!;
    return deicticYearOf(parsed.tokens, entity, articleYear);
  };

  it('reads "last year" right after the figure, or "last year\'s" before it, from the article\'s year', () => {
    const results = '58% passed this summer, down from 66% last year.';
    expect(yearOf(results, '66%', 2023)).toBe(2022);
    expect(yearOf(results, '58%', 2023)).toBeNull();
    const budget = "The budget is up 4.6 per cent on last year's $248.0 million.";
    expect(yearOf(budget, '$248.0 million', 2025)).toBe(2024);
    expect(yearOf(budget, '4.6 per cent', 2025)).toBeNull();
  });

  it("answers a question of the year before the article's with the figure so dated", async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_results.txt': `GCSE results fall

ELLESBY, 24 August 2023 - Of the 211 pupils who sat GCSEs this summer, 58% achieved a grade 4 or above in both English and maths, down from 66% last year.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = corpus.ask(
      'What proportion of pupils achieved a grade 4 or above in English and maths in 2022?',
    );
    expect(response.answer).toMatch(/^66% \[1\]/u);
  }, 60_000);
});
