import { describe, expect, it } from 'vitest';
import { askedTerms, countQueryTerms } from '../../src/store/bm25-rescore.js';
import { countsFromPostings, positionOf } from '../../src/store/postings-term-counts.js';
import {
  countChunkTerms,
  createPostingsBuilder,
  type PostingList,
} from '../../src/store/term-postings.js';

describe('countsFromPostings', () => {
  it('gives each candidate the counts of the query terms its fields’ terms hold, as counted in the text', () => {
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % below;
    };
    const vocabulary = ['a', 'aa', 'aaa', 'ab', 'ba', 'b', "a'b", '1', '11', 'é'];
    const field = () =>
      Array.from({ length: next(14) }, () => vocabulary[next(vocabulary.length)]!).join(' ');
    const chunks = Array.from({ length: 300 }, (_, index) => ({
      label: 3 * index + (index % 3),
      body: field(),
      title: field(),
    }));
    // The postings in three segments, as a rebuild writes them in pieces.
    const lists = new Map<string, PostingList[]>();
    for (const part of [chunks.slice(0, 100), chunks.slice(100, 220), chunks.slice(220)]) {
      const builder = createPostingsBuilder();
      for (const chunk of part) builder.add(countChunkTerms(chunk.label, chunk.body, chunk.title));
      for (const [term, list] of builder.take())
        lists.set(term, [...(lists.get(term) ?? []), list]);
    }
    for (let round = 0; round < 200; round += 1) {
      const queryTerms = Array.from({ length: 1 + next(5) }, () =>
        next(8) === 0 ? 'absent' : vocabulary[next(vocabulary.length)]!,
      );
      const asked = askedTerms(queryTerms);
      const candidates = Array.from({ length: 1 + next(40) }, () => chunks[next(chunks.length)]!);
      const labels = [...new Set(candidates.map((chunk) => chunk.label))];
      const counts = countsFromPostings({
        labels,
        postings: new Map(asked.map((term) => [term, lists.get(term) ?? []])),
      });
      expect(counts).not.toBeNull();
      for (const label of labels) {
        const chunk = chunks.find((each) => each.label === label)!;
        const expected = countQueryTerms([chunk.body, chunk.title], asked);
        expect(counts!.get(label)).toEqual(expected);
      }
    }
  });

  it('declines a term the postings cannot hold whole (one holding a space)', () => {
    expect(countsFromPostings({ labels: [1], postings: new Map([['port wine', []]]) })).toBeNull();
  });

  it('finds a label by binary search, or says it is absent', () => {
    const labels = Int32Array.from([2, 3, 5, 8, 13, 21]);
    for (const [index, label] of labels.entries()) expect(positionOf(labels, label)).toBe(index);
    for (const label of [0, 4, 22]) expect(positionOf(labels, label)).toBe(-1);
    expect(positionOf(new Int32Array(0), 1)).toBe(-1);
  });
});
