import { describe, expect, it } from 'vitest';
import { bestTokenF1, tokenF1 } from '../../src/eval/token-f1.js';

describe('tokenF1', () => {
  it('is 1 for answers equal after normalisation', () => {
    expect(tokenF1('The Goldsmith Line.', 'goldsmith line')).toBe(1);
  });

  it('scores partial overlap by precision and recall of tokens', () => {
    // predicted: [at, least, 14, were, killed] (5), gold: [14, killed] (2), common 2
    // precision 2/5, recall 2/2, F1 = 2 * 0.4 * 1 / 1.4 = 0.5714…
    expect(tokenF1('At least 14 were killed', '14 killed')).toBeCloseTo(4 / 7, 10);
  });

  it('counts repeated tokens only as often as the gold answer has them', () => {
    // predicted: [border, border, border] (3), gold: [border, line] (2), common 1
    // precision 1/3, recall 1/2, F1 = 2 * (1/6) / (5/6) = 0.4
    expect(tokenF1('border border border', 'border line')).toBeCloseTo(0.4, 10);
  });

  it('is 0 with no token in common and 1 when both are empty', () => {
    expect(tokenF1('Tehran', 'Islamabad')).toBe(0);
    expect(tokenF1('', 'the')).toBe(1);
    expect(tokenF1('Tehran', '')).toBe(0);
  });
});

describe('bestTokenF1', () => {
  it('takes the best gold answer', () => {
    // vs "Vahidi": common 1, precision 1/3, recall 1 → 0.5; vs "Ahmad Vahidi": common 2, p 2/3, r 1 → 0.8
    expect(bestTokenF1('minister Ahmad Vahidi', ['Vahidi', 'Ahmad Vahidi'])).toBeCloseTo(0.8, 10);
  });

  it('is 0 with no gold answers', () => {
    expect(bestTokenF1('anything', [])).toBe(0);
  });
});
