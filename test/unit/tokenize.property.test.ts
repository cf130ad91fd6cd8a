/**
 * The tokenizer scans character codes; what it must give is what the regular
 * expression that defined a word gives, for any text: letters and numbers of
 * every script, apostrophes, surrogate pairs (whole or lone), combining marks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

/** The definition: a word is this expression's match over the lower-cased text. */
function byRegularExpression(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = match[0].replace(/['’]s$/u, '').replace(/’/gu, "'");
    tokens.push(word);
    const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/u.exec(word);
    if (glued?.[1] && glued[2]) tokens.push(glued[1], glued[2]);
  }
  return tokens;
}

const piece = fc.constantFrom(
  'a',
  'Z',
  's',
  'S',
  'km',
  '9',
  '0',
  '²',
  '½',
  '٣',
  'é',
  'É',
  'e\u0301',
  'ß',
  'İ',
  'Σ',
  'ΟΣ',
  'ǅ',
  '𝒜',
  '𝟙',
  '\ud835',
  '\udc9c',
  "'",
  '’',
  "'s",
  '’S',
  '‘',
  '-',
  '.',
  ' ',
  '\n',
  '_',
  '$',
  '中',
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('tokenize', () => {
  it('gives the words the regular expression defines, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (value) => {
        expect(tokenize(value)).toEqual(byRegularExpression(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps possessives, contractions and glued units as before', () => {
    const sample = "Pakistan’s 909km-long border isn't O'Neill’s: 20bn ROCK'N'ROLL 3rd ’s '";
    expect(tokenize(sample)).toEqual(byRegularExpression(sample));
    expect(tokenize(sample)).toContain("isn't");
  });
});
