import { describe, expect, it } from 'vitest';
import {
  containsAnswer,
  normalizeAnswer,
  startsWithAnswer,
  stripCitationMarkers,
} from '../../src/eval/normalize-answer.js';

describe('normalizeAnswer', () => {
  it('lower-cases, drops punctuation and articles and collapses whitespace as the SQuAD scorer does', () => {
    expect(normalizeAnswer('  The  Goldsmith Line, an  artificial border! ')).toBe(
      'goldsmith line artificial border',
    );
  });

  it('removes punctuation without inserting spaces', () => {
    expect(normalizeAnswer('a 909km-long border')).toBe('909kmlong border');
  });

  it('treats curly quotes and other Unicode punctuation as punctuation', () => {
    expect(normalizeAnswer('Pakistan\u2019s \u201cborder of peace\u201d \u2013 $20bn')).toBe(
      'pakistans border of peace 20bn',
    );
  });

  it('keeps article letters inside words', () => {
    expect(normalizeAnswer('Theatre and anthem')).toBe('theatre and anthem');
  });
});

describe('containsAnswer', () => {
  it('finds an answer at the start of a word', () => {
    expect(containsAnswer('They share a 909km-long border.', '909')).toBe(true);
  });

  it('does not find an answer inside a longer number', () => {
    expect(containsAnswer('It happened in 2014.', '14')).toBe(false);
  });

  it('matches across case and punctuation differences', () => {
    expect(containsAnswer('Published in Dawn, February 15th, 2022', 'february 15th 2022')).toBe(
      true,
    );
  });

  it('never matches an answer that normalises to nothing', () => {
    expect(containsAnswer('anything', 'the')).toBe(false);
  });
});

describe('startsWithAnswer', () => {
  it('finds the answer only as the first whole word(s) of the normalised text', () => {
    expect(startsWithAnswer('No. They were never freed.', 'no')).toBe(true);
    expect(startsWithAnswer('“No”', 'no')).toBe(true);
    expect(startsWithAnswer('North of the line, no.', 'no')).toBe(false);
    expect(startsWithAnswer('They say no.', 'no')).toBe(false);
    expect(startsWithAnswer('anything', '')).toBe(false);
  });
});

describe('stripCitationMarkers', () => {
  it('removes [n] markers so they are not scored as tokens', () => {
    expect(normalizeAnswer(stripCitationMarkers('At least 14 were killed [1][2].'))).toBe(
      'at least 14 were killed',
    );
  });
});
