/**
 * A figure inside a line's label ("Under 3: free", "Child (3 to 15): £16") names the line's
 * category, not its value: it counts nobody.
 */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { inLineLabel, namedByNumber } from '../../src/answer/evidence/label-figure.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const figureIn = (text: string, figure: string) => {
  const parsed = parser.parse(text);
  return inLineLabel(
    parsed,
    parsed.entities.find((entity) => entity.text.includes(figure))!,
  );
};

describe('inLineLabel', () => {
  it("is a figure before a short label's colon, past the label's brackets, with a value after", () => {
    expect(figureIn('Under 3: free', '3')).toBe(true);
    expect(figureIn('Concession (over 65, students, disabled visitors): £20', '65')).toBe(true);
    expect(figureIn('Visitors: 412,300', '412,300')).toBe(false);
    expect(figureIn('The zoo welcomed 412,300 visitors in 2017: a record.', '412,300')).toBe(false);
  });

  it('is no figure of a clause before the colon, whose verb states what it counts', () => {
    expect(figureIn('We have 104 members: 38 sopranos, 33 altos and 18 basses.', '104')).toBe(
      false,
    );
    expect(figureIn('Members aged 18: 12', '18')).toBe(true);
  });
});

describe('asked how many of a price list', () => {
  it('gives no figure of a label as a count', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_prices.md': `date 2024-02-01 Zoo news

Admission prices for 2024 are below, for every visitor to the zoo.

- Adult (16 and over): £24.50
- Child (3 to 15): £16
- Under 3: free
- Concession (over 65, students, disabled visitors): £20`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('How many people visited the zoo in 2024?').answer).not.toMatch(
      /^(?:Under 3|3|16|over 65)\b/u,
    );
  }, 60_000);
});

describe('a figure right after a singular noun', () => {
  const named = (text: string, figure: string, asked: string[] = []) => {
    const parsed = parser.parse(text);
    return namedByNumber(
      parsed,
      parsed.entities.find((entity) => entity.text === figure)!,
      new Set(asked),
    );
  };

  it('names one of a series ("route 42", "car 14"), no count', () => {
    expect(named('The minibus will connect with our route 42 at the bus station.', '42')).toBe(
      true,
    );
    expect(named('Car 14 carried passengers again in July.', '14')).toBe(true);
  });

  it('counts the noun after it ("a record 204 players"), or answers a question asking which', () => {
    expect(named('The congress drew a record 204 players this year.', '204')).toBe(false);
    expect(named("Cowper's Fish is on stall 31 in the hall.", '31', ['stall', 'number'])).toBe(
      false,
    );
  });
});

describe('a figure after "number"', () => {
  it('names the nth of a series, no count', async () => {
    const parsed = parser.parse('The number 14 bus stops at the main gate every 20 minutes.');
    const figure = parsed.entities.find((entity) => entity.text === '14')!;
    expect(namedByNumber(parsed, figure)).toBe(true);
    const corpus = createExtractiveCorpus(
      {
        '001_visit.md': `date 2024-02-01 Plan your visit to the zoo

People visiting the zoo can take the number 14 bus from the station, which stops at the main gate.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('How many people visited the zoo in 2024?').answer).not.toMatch(/^14\b/u);
  }, 60_000);
});
