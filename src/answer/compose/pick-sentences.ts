/**
 * Choosing several sentences without saying the same thing twice (maximal
 * marginal relevance over word overlap), and putting them in reading order.
 */
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import type { EvidenceSentence } from '../evidence/evidence-types.js';

function wordsOf(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((token) => !isStopword(token))
      .map(lemmatize),
  );
}

/** Share of the smaller sentence's content words the two share. */
export function overlap(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

/**
 * Up to `count` sentences by `value`, skipping any that repeats a chosen one
 * (overlap above `maxOverlap`, chosen on the development sets). `value` may
 * weigh a candidate against the sentences chosen so far; each pick takes the
 * best remaining one (the first of equals, in `candidates` order).
 */
export function pickDistinct(
  candidates: EvidenceSentence[],
  {
    count,
    value,
    maxOverlap = 0.6,
  }: {
    count: number;
    value: (sentence: EvidenceSentence, chosen: readonly EvidenceSentence[]) => number;
    maxOverlap?: number;
  },
  chosen: EvidenceSentence[] = [],
): EvidenceSentence[] {
  const picked = [...chosen];
  const pool = candidates.filter(
    (candidate, index) =>
      candidate.text.trim().length >= 20 && candidates.indexOf(candidate) === index,
  );
  while (picked.length - chosen.length < count) {
    let best: EvidenceSentence | undefined;
    let bestValue = -Infinity;
    for (const candidate of pool) {
      if (picked.includes(candidate)) continue;
      if (picked.some((sentence) => overlap(sentence.text, candidate.text) > maxOverlap)) continue;
      const worth = value(candidate, picked);
      if (worth > bestValue) [best, bestValue] = [candidate, worth];
    }
    if (!best) break;
    picked.push(best);
  }
  return picked.slice(chosen.length);
}

/** Document order: by article, then position. */
export function inReadingOrder(sentences: EvidenceSentence[]): EvidenceSentence[] {
  return [...sentences].sort((a, b) =>
    a.document.docId === b.document.docId
      ? a.position - b.position
      : a.document.docId.localeCompare(b.document.docId),
  );
}
