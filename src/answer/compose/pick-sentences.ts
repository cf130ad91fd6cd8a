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
 * (overlap above `maxOverlap`, chosen on the development sets).
 */
export function pickDistinct(
  candidates: EvidenceSentence[],
  {
    count,
    value,
    maxOverlap = 0.6,
  }: { count: number; value: (sentence: EvidenceSentence) => number; maxOverlap?: number },
): EvidenceSentence[] {
  const chosen: EvidenceSentence[] = [];
  const ranked = [...candidates].sort((a, b) => value(b) - value(a));
  for (const candidate of ranked) {
    if (chosen.length >= count) break;
    if (candidate.text.trim().length < 20) continue;
    if (
      chosen.some(
        (sentence) => sentence === candidate || overlap(sentence.text, candidate.text) > maxOverlap,
      )
    )
      continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** Document order: by article, then position. */
export function inReadingOrder(sentences: EvidenceSentence[]): EvidenceSentence[] {
  return [...sentences].sort((a, b) =>
    a.document.docId === b.document.docId
      ? a.position - b.position
      : a.document.docId.localeCompare(b.document.docId),
  );
}
