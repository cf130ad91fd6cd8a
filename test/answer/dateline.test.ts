/** A news article's dateline opening a sentence, in the forms wire copy writes it. */
import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../src/answer/evidence/dateline.js';

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

  it('is not a sentence that only mentions a year before a dash', () => {
    expect(datelineLength('Revenue rose. In 2019 - a good year - it grew.')).toBe(0);
    expect(datelineLength('The club was founded in 1886 and plays at home.')).toBe(0);
  });
});
