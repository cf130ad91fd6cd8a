import { describe, expect, it } from 'vitest';
import { adverbBase } from '../../src/text/adverb-base.js';

describe("an adverb's adjective", () => {
  it('undoes English\'s "-ly" by its spelling rules', () => {
    expect(adverbBase('firmly')).toBe('firm');
    expect(adverbBase('happily')).toBe('happy');
    expect(adverbBase('basically')).toBe('basic');
    expect(adverbBase('probably')).toBe('probable');
    expect(adverbBase('fully')).toBe('full');
    expect(adverbBase('finally')).toBe('final');
  });

  it('gives nothing for other words, or for a base too short to tell', () => {
    expect(adverbBase('firm')).toBeNull();
    expect(adverbBase('only')).toBeNull();
    expect(adverbBase('daily')).toBeNull();
    expect(adverbBase('apply')).toBeNull();
    expect(adverbBase('multiply')).not.toBe('multiple');
  });
});
