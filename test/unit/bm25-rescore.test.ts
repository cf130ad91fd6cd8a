import { describe, expect, it } from 'vitest';
import { countTerm } from '../../src/store/bm25-rescore.js';

/** The count the re-scoring made before: the field split into its terms. */
const bySplitting = (terms: string, term: string) =>
  (terms === '' ? [] : terms.split(' ')).filter((each) => each === term).length;

describe('countTerm', () => {
  it('counts whole terms only, at either end and between spaces', () => {
    expect(countTerm('port porter sport port', 'port')).toBe(2);
    expect(countTerm('port', 'port')).toBe(1);
    expect(countTerm('', 'port')).toBe(0);
    expect(countTerm("o'neill neill", 'neill')).toBe(1);
    expect(countTerm('aa aa aaa', 'aa')).toBe(2);
  });

  it('agrees with counting the split field on random fields of short, overlapping terms', () => {
    let seed = 42;
    const next = (below: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % below;
    };
    const vocabulary = ['a', 'aa', 'aaa', 'ab', 'ba', 'b', "a'b", '1', '11'];
    for (let round = 0; round < 3_000; round += 1) {
      const terms = Array.from(
        { length: next(12) },
        () => vocabulary[next(vocabulary.length)]!,
      ).join(' ');
      for (const term of vocabulary) expect(countTerm(terms, term)).toBe(bySplitting(terms, term));
    }
  });
});
