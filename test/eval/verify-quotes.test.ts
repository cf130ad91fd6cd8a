import { describe, expect, it } from 'vitest';
import { isQuoteVerified } from '../../src/eval/verify-quotes.js';
import { makeCitation } from './make-response.js';

const fileText = 'ISLAMABAD: Pakistan and Iran established a joint working group.';

describe('isQuoteVerified', () => {
  it('accepts a quote equal to the file text between its offsets', () => {
    expect(
      isQuoteVerified(makeCitation({ quote: 'Pakistan and Iran', start: 11, end: 28 }), fileText),
    ).toBe(true);
  });

  it('rejects a quote off by one character, out of range, or of an unknown document', () => {
    expect(
      isQuoteVerified(makeCitation({ quote: 'Pakistan and Iran', start: 10, end: 27 }), fileText),
    ).toBe(false);
    expect(isQuoteVerified(makeCitation({ quote: '', start: 90, end: 90 }), fileText)).toBe(false);
    expect(
      isQuoteVerified(makeCitation({ quote: 'Pakistan and Iran', start: 11, end: 28 }), undefined),
    ).toBe(false);
  });
});
