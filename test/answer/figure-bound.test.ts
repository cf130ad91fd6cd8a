/** Which side of a figure a text bounds, by English's words of comparison around it. */
import { describe, expect, it } from 'vitest';
import { figureBound } from '../../src/answer/evidence/figure-bound.js';

describe('figureBound', () => {
  it('reads a bound set before the figure or after it', () => {
    expect(figureBound('Who approves claims over £500?', '500')).toBe('above');
    expect(figureBound('Claims of £500 or more need sign-off.', '500')).toBe('above');
    expect(figureBound('Claims under £500 are approved by your manager.', '500')).toBe('below');
    expect(figureBound('up to 10,000 miles a year', '10000')).toBe('below');
  });

  it('reads none where the text sets no bound', () => {
    expect(figureBound('The fine was £500.', '500')).toBeNull();
    expect(figureBound('It cost over £5000.', '500')).toBeNull();
  });
});
