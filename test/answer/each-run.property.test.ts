/** `eachRun` finds the runs the regular expression `/[\p{L}\p{N}]+/gu` matches, in any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachRun } from '../../src/answer/analyze/each-run.js';

const runsOf = (text: string) => {
  const runs: string[] = [];
  eachRun(text, (run) => runs.push(run));
  return runs;
};

/** Letters and digits of several scripts and cases, separators, astral letters and lone surrogates. */
const character = fc.oneof(
  fc.constantFrom(
    'a',
    'Z',
    'é',
    'Ω',
    '7',
    '٣',
    ' ',
    '-',
    '&',
    "'",
    '’',
    '\n',
    '𝒜',
    '😀',
    '\ud835',
    '\udc9c',
  ),
  fc.string({ unit: 'binary', maxLength: 1 }),
);

describe('eachRun', () => {
  it('finds the same runs as the regular expression', () => {
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (characters) => {
        const text = characters.join('');
        expect(runsOf(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 5000 },
    );
  });

  it('splits a byline at its separators, keeping case and accents', () => {
    expect(runsOf('By Zoë Ålund — Desk 4B, 2024/05')).toEqual([
      'By',
      'Zoë',
      'Ålund',
      'Desk',
      '4B',
      '2024',
      '05',
    ]);
  });
});
