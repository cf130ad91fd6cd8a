/** Derivations share a stem; a compound of a word and another word does not. */
import { describe, expect, it } from 'vitest';
import { sharesStem } from '../../src/text/shares-stem.js';

describe('sharesStem', () => {
  it('joins a word and its derivations, suffixes that are words included', () => {
    expect(sharesStem('appoint', 'appointment')).toBe(true);
    expect(sharesStem('terror', 'terrorism')).toBe(true);
    expect(sharesStem('leader', 'leadership')).toBe(true);
    expect(sharesStem('aware', 'awareness')).toBe(true);
  });

  it('keeps a compound apart from its first word ("shortlist" is "short" and "list")', () => {
    expect(sharesStem('short', 'shortlist')).toBe(false);
    expect(sharesStem('border', 'borderland')).toBe(false);
    expect(sharesStem('north', 'northwest')).toBe(false);
  });
});
