/** A number asked is met by its digits, its word or its ordinal, as a whole word. */
import { describe, expect, it } from 'vitest';
import { statesNumber } from '../../src/answer/analyze/find-constraints.js';

describe('statesNumber', () => {
  it('finds a small number as digits, word or ordinal', () => {
    expect(statesNumber('Season four is here', '4')).toBe(true);
    expect(statesNumber('the fourth season', '4')).toBe(true);
    expect(statesNumber('all 4 seasons', '4')).toBe(true);
  });

  it('does not find a small number inside another figure', () => {
    expect(statesNumber('in 2024 it rained', '4')).toBe(false);
    expect(statesNumber('4.5 million', '4')).toBe(false);
    expect(statesNumber('Eight episodes', '4')).toBe(false);
  });

  it('finds a larger number anywhere, as before', () => {
    expect(statesNumber('it sold 480000 units', '480000')).toBe(true);
  });
});
