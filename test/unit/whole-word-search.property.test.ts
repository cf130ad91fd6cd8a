/**
 * The whole-word search stands for patterns the evidence finder and truecasing compiled for
 * each name or word; what it must give is what those patterns give, for any text and words: letters of every case and
 * script (the long s and the Kelvin sign fold to "s" and "k"), figures, apostrophes, spaces
 * of several kinds, "of" and "the" between words, surrogate pairs, combining marks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nameMatchEnds,
  wholeWordMatches,
  wordsAfter,
  wordsBefore,
  writesPhrase,
} from '../../src/text/whole-word-search.js';
import { escapeRegExp } from '../../src/text/escape-reg-exp.js';

const LOOSE_JOIN = "(?:['’]s)?[^\\p{L}\\p{N}]+(?:(?:of|the)\\s+)?";

/** The pattern the finder built for a name (onlyAsAnother): where each match ends. */
function nameEndsByPattern(text: string, words: string[]): number[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join(LOOSE_JOIN)}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(pattern)].map((match) => match.index + match[0].length);
}

/** The phrase pattern of onlyInOtherNames. */
function phraseByPattern(text: string, words: string[]): boolean {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).test(text);
}

/** Truecasing's pattern for a word or phrase: where each match starts and ends. */
function wholeWordsByPattern(text: string, words: string[]): { start: number; end: number }[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The word pattern of onlyInOtherNames: the group after each match. */
function wordsAfterByPattern(text: string, word: string): (string | undefined)[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])(?: ([\\p{L}]+))?`,
    'giu',
  );
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

const piece = fc.constantFrom(
  'a',
  'b',
  'A',
  's',
  'S',
  'ſ',
  'k',
  'K',
  '\u212a',
  'é',
  'É',
  'e\u0301',
  '\u0345',
  'ι',
  'Σ',
  'ς',
  '𐐀',
  '𐐨',
  '\ud801',
  '9',
  '²',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  "'",
  '’',
  "'s",
  '’S',
  '-',
  '.',
  ',',
  ':',
  '(',
  'of',
  'OF',
  'the',
  'The',
  ' of ',
  ' the ',
  'of the',
  'ab',
  'Ab',
  'ba',
);
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
const word = fc
  .array(fc.constantFrom('a', 'b', 's', 'k', 'é', '𐐀', '9', "'", '-', '.', 'of', 'the'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((pieces) => pieces.join(''));
const words = fc.array(word, { minLength: 1, maxLength: 3 });

describe('finding words without a pattern for each name or word', () => {
  it('ends each match where the name’s own pattern ends it', () => {
    fc.assert(
      fc.property(text, words, (source, name) => {
        expect(nameMatchEnds(source, name)).toEqual(nameEndsByPattern(source, name));
      }),
      { numRuns: 3_000 },
    );
  });

  it('finds a phrase where the phrase’s pattern finds it', () => {
    fc.assert(
      fc.property(text, words, (source, name) => {
        expect(writesPhrase(source, name)).toBe(phraseByPattern(source, name));
      }),
      { numRuns: 3_000 },
    );
  });

  it('starts and ends each match of words in a row where their pattern does', () => {
    fc.assert(
      fc.property(text, words, (source, phrase) => {
        expect(wholeWordMatches(source, phrase)).toEqual(wholeWordsByPattern(source, phrase));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads the word after each match as the word’s pattern reads it', () => {
    fc.assert(
      fc.property(text, word, (source, name) => {
        expect(wordsAfter(source, name)).toEqual(wordsAfterByPattern(source, name));
      }),
      { numRuns: 3_000 },
    );
  });

  it('chooses among the joins in the pattern’s order: the longest run of non-letters, the possessive taken', () => {
    // Both texts also match by another join, which ends the match elsewhere.
    for (const [source, name, ends] of [
      ["a'--", ['a', '-'], [4]],
      ["a's's", ['a', 's'], [5]],
    ] as const) {
      expect(nameEndsByPattern(source, [...name])).toEqual(ends);
      expect(nameMatchEnds(source, name)).toEqual(ends);
    }
  });

  it('finds names joined as they are written', () => {
    const source = "The Bank of Ellery, the Harbour's board and Harbour  Board (Port Ellery).";
    expect(nameMatchEnds(source, ['bank', 'ellery'])).toEqual([source.indexOf(',')]);
    expect(nameMatchEnds(source, ['harbour', 'board'])).toEqual([
      source.indexOf(' and'),
      source.indexOf(' (Port'),
    ]);
    expect(nameMatchEnds(source, ['port', 'board'])).toEqual([]);
    expect(writesPhrase(source, ['harbour', 'board'])).toBe(true);
    expect(writesPhrase(source, ['bank', 'ellery'])).toBe(false);
    expect(wordsAfter(source, 'port')).toEqual(['Ellery']);
    expect(wordsAfter(source, 'harbour')).toEqual([undefined, undefined]);
    expect(wordsAfter('Port Ellery and port', 'port')).toEqual(['Ellery', undefined]);
  });
});

describe('the word before a match', () => {
  it('reads the word one space before each match, none where a sentence opens', () => {
    const text = 'Lune rises. The River Lune floods; Lune Mill stands by the Lune. "Lune Vale"';
    expect(wordsBefore(text, 'lune')).toEqual([undefined, 'River', undefined, 'the', undefined]);
    expect(wordsBefore('near the  Lune', 'lune')).toEqual([undefined]);
  });
});
