import { describe, expect, it } from 'vitest';
import {
  countGoldCitations,
  isTopCitationCorrect,
  orderCitations,
} from '../../src/eval/citation-metrics.js';
import { makeCitation } from './make-response.js';

const first = makeCitation({ n: 1, docId: 'doc-a', quote: 'They share a 909km-long border.' });
const second = makeCitation({ n: 2, docId: 'doc-b', quote: 'Over 900km-long border.' });
const third = makeCitation({ n: 3, docId: 'doc-c', quote: 'Unrelated.' });

describe('citation metrics', () => {
  it('orders citations by their marker number', () => {
    expect(orderCitations([third, first, second]).map((citation) => citation.n)).toEqual([1, 2, 3]);
  });

  it('counts citations whose document is a gold source', () => {
    expect(countGoldCitations([first, second, third], ['doc-a', 'doc-c'])).toBe(2);
    expect(countGoldCitations([], ['doc-a'])).toBe(0);
  });

  it('calls the top citation correct only when it is from a gold source and quotes an answer', () => {
    const expected = { sources: ['doc-a', 'doc-b'], answers: ['909'] };
    expect(isTopCitationCorrect([second, first], expected)).toBe(true);
    expect(isTopCitationCorrect([second], expected)).toBe(false);
    expect(isTopCitationCorrect([first], { sources: ['doc-b'], answers: ['909'] })).toBe(false);
    expect(isTopCitationCorrect([], expected)).toBe(false);
  });

  it('needs only a gold source when there is no answer to look for in the quote (yes-no)', () => {
    expect(isTopCitationCorrect([third], { sources: ['doc-c'], answers: null })).toBe(true);
    expect(isTopCitationCorrect([third], { sources: ['doc-a'], answers: null })).toBe(false);
  });
});
