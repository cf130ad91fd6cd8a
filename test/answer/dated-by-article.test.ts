/** A date given relative to its article ("last week", "in February", "on Thursday"), read from the article's date. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { datedByArticle, writesMonthFirst } from '../../src/answer/compose/dated-by-article.js';

const parser = createTextParser();

/** What the sentence's date entity `words` means in an article of `date`. */
function dated(
  sentence: string,
  words: string,
  date: string | null = '2024-04-25',
  monthFirst = false,
): string | null {
  const parsed = parser.parse(sentence);
  const entity = parsed.entities.find(
    (candidate) => candidate.type === 'date' && candidate.text.toLowerCase() === words,
  );
  if (!entity) throw new Error(`no date "${words}" in: ${sentence}`);
  return datedByArticle(entity, parsed, date, monthFirst);
}

describe('datedByArticle (an article of Thursday 25 April 2024)', () => {
  it('reads a day of a month without its year in the last such month, or the next one said in the future', () => {
    expect(dated('She retired as chief executive on 31 March after nine years.', '31 march')).toBe(
      '31 March 2024',
    );
    expect(dated('The fans ran for six hours on 3 June.', '3 june')).toBe('3 June 2023');
    expect(dated('The new wing will open on 3 June.', '3 june')).toBe('3 June 2024');
    // A date with its year says it all.
    expect(dated('The wing opened on 13 March 2023.', '13 march 2023')).toBeNull();
  });

  it('reads a month without its year as the last such month up to the article', () => {
    expect(dated('The attack came after a February raid on the port.', 'february')).toBe(
      'February 2024',
    );
    expect(dated('The talks began in June and stalled.', 'june')).toBe('June 2023');
    // In the future tense, the next such month.
    expect(dated('The library will open its new wing in June.', 'june')).toBe('June 2024');
    expect(dated('The library will open its new wing in March.', 'march')).toBe('March 2025');
    // A participle before a noun is no verb of the clause: "will trial … from September".
    expect(
      dated(
        'Northwind will trial a four-day working week for 120 staff from September.',
        'september',
      ),
    ).toBe('September 2024');
  });

  it('moves a year, a month and a week by "last", "this" and "next"', () => {
    expect(dated('The deal was agreed in April last year.', 'april last year')).toBe('April 2023');
    expect(dated('Sales fell last year.', 'last year')).toBe('2023');
    expect(dated('Prices rose last month.', 'last month')).toBe('March 2024');
    expect(dated('Last week, 14 soldiers were killed in an ambush.', 'last week')).toBe(
      'the week before 25 April 2024',
    );
  });

  it('reads "yesterday" and a past weekday as days before the article', () => {
    expect(dated('The council met yesterday.', 'yesterday')).toBe('24 April 2024');
    expect(dated('The board decided on Tuesday night to close the school.', 'tuesday')).toBe(
      '23 April 2024',
    );
    expect(dated('The ministry said on Thursday that talks had ended.', 'thursday')).toBe(
      '25 April 2024',
    );
  });

  it('leaves alone a weekday in the future, a date with figures and an undated article', () => {
    expect(dated('The board will meet on Tuesday to decide.', 'tuesday')).toBeNull();
    expect(dated('The board met on 3 March 2024.', '3 march 2024')).toBeNull();
    expect(dated('Prices rose last month.', 'last month', null)).toBeNull();
  });
});

describe('a day shown as its article writes dates', () => {
  it('puts the month first for an article that does ("May 22, 2023")', () => {
    expect(writesMonthFirst('The hotel closed after a kitchen fire on February 11, 2023.')).toBe(
      true,
    );
    expect(writesMonthFirst('The hotel closed after a kitchen fire on 11 February 2023.')).toBe(
      false,
    );
    expect(dated('The group today reopened the hotel.', 'today', '2023-05-22', true)).toBe(
      'May 22, 2023',
    );
    expect(dated('The group today reopened the hotel.', 'today', '2023-05-22')).toBe('22 May 2023');
    expect(dated('She retired on March 31 after nine years.', 'march 31', '2024-04-25', true)).toBe(
      'March 31, 2024',
    );
  });
});
