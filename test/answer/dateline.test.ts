/** A news article's dateline opening a sentence, in the forms wire copy writes it. */
import { describe, expect, it } from 'vitest';
import { datelineLength, datelinePlace } from '../../src/answer/evidence/dateline.js';

const opening = (text: string) => text.slice(0, datelineLength(text));

describe('a dateline', () => {
  it('is a place, a date and a dash, with a source in brackets when given', () => {
    expect(opening('VELDHAVEN, 12 March 2020 - The council voted.')).toBe(
      'VELDHAVEN, 12 March 2020 - ',
    );
    expect(opening('OSLO, 8 March 2022 (Wire Desk) — Solvik agreed.')).toBe(
      'OSLO, 8 March 2022 (Wire Desk) — ',
    );
  });

  it('may abbreviate its month with a full stop and type its dash as two hyphens', () => {
    expect(
      opening('CALDERMOUTH, Feb. 26, 2019 (Wendle News Service) -- Caldermouth City Council met.'),
    ).toBe('CALDERMOUTH, Feb. 26, 2019 (Wendle News Service) -- ');
    expect(opening('AUSTIN, Texas, Aug. 22, 2022 (Gamewire) — Ninefold said.')).toBe(
      'AUSTIN, Texas, Aug. 22, 2022 (Gamewire) — ',
    );
  });

  it("may give its place's state without a date, as American datelines do", () => {
    expect(opening('PORT ALDER, Ore. — "The Quiet Orchard" won the Grand Jury Prize.')).toBe(
      'PORT ALDER, Ore. — ',
    );
    expect(opening('ASHEVILLE, N.C. — The city council met.')).toBe('ASHEVILLE, N.C. — ');
    expect(datelinePlace('HOLLINS, Ohio – The bakery opened.')).toBe('hollins');
    // A headline of names in capitals is none.
    expect(datelineLength('FAREWELL, HELEN – we will miss you.')).toBe(0);
  });

  it('is not a sentence that only mentions a year before a dash', () => {
    expect(datelineLength('Revenue rose. In 2019 - a good year - it grew.')).toBe(0);
    expect(datelineLength('The club was founded in 1886 and plays at home.')).toBe(0);
  });
});

describe('the place a dateline names', () => {
  it('is its words in capitals, in lower case', () => {
    expect(
      datelinePlace('CALDERMOUTH, Feb. 26, 2019 (Wendle News Service) -- The council met.'),
    ).toBe('caldermouth');
    expect(datelinePlace('PORT VELLAN - The airport reopened.')).toBe('port vellan');
  });

  it('is none without a dateline, or when the opening words are not in capitals', () => {
    expect(datelinePlace('PC, Corsa X and Helix 4 at launch.')).toBeNull();
    expect(datelinePlace('Austin, 3 May 2022 - Ninefold said.')).toBeNull();
  });
});

describe("a sentence's own words before a year and a dash", () => {
  it('are no dateline: a dateline opens with its place and a comma', () => {
    expect(datelineLength('We handled 391,500 passengers in 2018 — our fifth record year.')).toBe(
      0,
    );
    expect(datelineLength('The club won the cup in 2019 - its first.')).toBe(0);
    expect(opening('SKERRY POINT, Varrow Island, March 14, 2019 (EPA) - The council met.')).toBe(
      'SKERRY POINT, Varrow Island, March 14, 2019 (EPA) - ',
    );
  });
});
