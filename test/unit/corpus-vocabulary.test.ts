/**
 * A vocabulary over counts kept elsewhere reads each lemma's count once: the store's count is a
 * query, and a vocabulary is made anew when its corpus changes.
 */
import { expect, it } from 'vitest';
import { vocabularyFromCounts } from '../../src/answer/corpus-vocabulary.js';

it('reads each lemma’s count once and gives the same specificity every time', () => {
  const reads: string[] = [];
  const counts = new Map([
    ['pakistan', 95],
    ['fence', 3],
  ]);
  const vocabulary = vocabularyFromCounts({
    chunks: 100,
    frequency: (lemma) => (reads.push(lemma), counts.get(lemma) ?? 0),
  });
  const common = vocabulary.specificity('pakistan');
  const rare = vocabulary.specificity('fence');
  expect(common).toBe(0.6);
  expect(rare).toBeGreaterThan(0.6);
  expect(rare).toBeLessThan(1);
  expect(vocabulary.specificity('pakistan')).toBe(common);
  expect(vocabulary.specificity('fence')).toBe(rare);
  expect(reads).toEqual(['pakistan', 'fence']);
});
