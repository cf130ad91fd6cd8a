import { describe, expect, it } from 'vitest';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  datesByEvent,
  deicticYears,
  relativeYearShift,
  shiftYears,
} from '../../src/answer/analyze/find-relative-years.js';

const parser = createTextParser();
const shift = (question: string) => relativeYearShift(parser.parse(question));

/** A question analyzer over no articles: what it reads comes from the conversation alone. */
async function emptyCorpusAnalyzer() {
  return (await fakeCorpusAnalyzer([], parser)).analyzer;
}

describe('years a follow-up moves by', () => {
  it('reads a count of years or seasons with its direction', () => {
    expect(shift('And a year later?')).toBe(1);
    expect(shift('What about two years earlier?')).toBe(-2);
    expect(shift('And three seasons on?')).toBe(3);
    expect(shift('And the year before?')).toBe(-1);
  });

  it('reads a year or season named by its order', () => {
    expect(shift('How many did he score the following season?')).toBe(1);
    expect(shift('And the previous year?')).toBe(-1);
  });

  it('does not move for a span that is not relative', () => {
    expect(shift('How long did the works last? Two years?')).toBe(0);
    expect(shift('Who won the cup that year?')).toBe(0);
  });

  it('keeps the time of "the same quarter", as a time, no word to search', async () => {
    expect(shift('What about the same quarter in 2021?')).toBe(0);
    const analyzer = await emptyCorpusAnalyzer();
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What was group occupancy in the third quarter of 2018?' },
      { role: 'assistant', content: 'The third quarter of 2018 was the strongest on record.' },
      { role: 'user', content: 'What about the same quarter in 2021?' },
    ]);
    expect(analysis.constraints.quarters).toEqual([3]);
    expect(analysis.constraints.years).toEqual([[2021]]);
    expect(analysis.terms.filter((term) => term.primary).map((term) => term.lemma)).toEqual([]);
  });

  it('moves season ranges as a whole', () => {
    expect(shiftYears([[2021, 2022]], 1)).toEqual([[2022, 2023]]);
  });

  it('searches no word of the phrase moving the year ("the following year")', async () => {
    const analyzer = await emptyCorpusAnalyzer();
    const analysis = analyzer.analyze([
      { role: 'user', content: "What was the museum's total income in 2021?" },
      { role: 'assistant', content: '£1.42 million.' },
      { role: 'user', content: 'And the following year?' },
    ]);
    expect(analysis.constraints.years).toEqual([[2022]]);
    const primary = analysis.terms.filter((term) => term.primary).map((term) => term.lemma);
    expect(primary).not.toContain('follow');
    expect(primary).not.toContain('year');
  });

  it('gives a follow-up the previous question’s years, moved', async () => {
    const analyzer = await emptyCorpusAnalyzer();
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What was the ferry revenue in 2022?' },
      { role: 'assistant', content: '€12 million.' },
      { role: 'user', content: 'And a year later?' },
    ]);
    expect(analysis.constraints.years).toEqual([[2023]]);
  });

  it('keeps the year a previous follow-up moved to, for an elliptical question after it', async () => {
    const analyzer = await emptyCorpusAnalyzer();
    const history = [
      { role: 'user' as const, content: 'How many passengers did the ferry carry in 2023?' },
      { role: 'assistant' as const, content: 'It carried 14.3 million passengers.' },
      { role: 'user' as const, content: 'And the year after?' },
      { role: 'assistant' as const, content: 'It carried a record 15.4 million.' },
    ];
    const elliptical = analyzer.analyze([
      ...history,
      { role: 'user', content: 'What about the third quarter of that year?' },
    ]);
    expect(elliptical.constraints.years).toEqual([[2024]]);
    expect(elliptical.constraints.quarters).toEqual([3]);
    // A question about a person keeps only the years the previous question states itself.
    const personal = analyzer.analyze([
      { role: 'user', content: 'Who won the ferry race in 2023?' },
      { role: 'assistant', content: 'The Harbour Link crew.' },
      { role: 'user', content: 'Who steered their boat?' },
      { role: 'assistant', content: 'Ana Ruiz.' },
      { role: 'user', content: 'How much had they paid for her?' },
    ]);
    expect(personal.constraints.years).toEqual([]);
  });
});

describe('deicticYears', () => {
  const years = (text: string) => deicticYears(parser.parse(text), 2023, new Set(['say']));

  it('reads "this summer" as the article’s year, "last year" as the one before', () => {
    expect(years('Tarrow Capital declined to invest more this summer.')).toEqual([2023]);
    expect(years('The company cut 40 jobs last year.')).toEqual([2022]);
  });

  it('takes no year from a weekday or from when something was said', () => {
    expect(years('In 2021 the club was sold, and on Tuesday it was sold again.')).toEqual([]);
    expect(
      years('It carried 3.1 million passengers in 2019, the authority said this week.'),
    ).toEqual([]);
  });

  it('takes nothing from a year written in figures', () => {
    expect(years('The company raised $80 million in 2021.')).toEqual([]);
  });

  it('reads only a year named ("last year", "next season") when asked for year nouns only', () => {
    const named = (text: string) => deicticYears(parser.parse(text), 2023, new Set(['say']), true);
    expect(named('The company cut 40 jobs last year.')).toEqual([2022]);
    expect(named('Tarrow Capital declined to invest more this summer.')).toEqual([]);
  });
});

describe('a follow-up dated by an event of its own', () => {
  it('reads a preposition of time before a noun, not before a count of years', () => {
    expect(datesByEvent(parser.parse('And before the fire?'))).toBe(true);
    expect(datesByEvent(parser.parse('What about during the strike?'))).toBe(true);
    expect(datesByEvent(parser.parse('And after five years?'))).toBe(false);
    expect(datesByEvent(parser.parse('And in the north?'))).toBe(false);
  });

  it("does not carry the previous question's years", async () => {
    const analyzer = await emptyCorpusAnalyzer();
    const analysis = analyzer.analyze([
      { role: 'user', content: 'How many bird species did the 2024 survey find?' },
      { role: 'assistant', content: '52 bird species.' },
      { role: 'user', content: 'And before the fire?' },
    ]);
    expect(analysis.constraints.years).toEqual([]);
  });

  it("carries no figure of an earlier turn as a word to search (its year, its answer's figure)", async () => {
    const analyzer = await emptyCorpusAnalyzer();
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What proportion of A-level entries were A* to B in 2019?' },
      {
        role: 'assistant',
        content: '52% [1]\n\nLast Thursday, 52% of entries were graded A* to B. [1]',
      },
      { role: 'user', content: 'And in 2023?' },
    ]);
    expect(analysis.constraints.years).toEqual([[2023]]);
    const lemmas = analysis.terms.map((term) => term.lemma);
    expect(lemmas).toContain('entry');
    expect(lemmas).not.toContain('2019');
    expect(lemmas).not.toContain('52');
  });

  it('reads a named day before a year as a date ("at Christmas 2018"), not as a word to search', async () => {
    const analyzer = await emptyCorpusAnalyzer();
    const lemmasOf = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
    expect(lemmasOf('How many pupils did the school have at Christmas 2018?')).not.toContain(
      'christmas',
    );
    expect(lemmasOf('Is the school open on Christmas Day?')).toContain('christmas');
  });
});
