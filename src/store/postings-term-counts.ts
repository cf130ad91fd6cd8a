/**
 * A lexical search's candidates' counts of the query's terms, read from the terms' postings
 * (`term-postings.ts`) instead of from each candidate's row. The postings count a chunk's
 * terms by splitting its fields' texts at single spaces (`countChunkTerms`), which is what
 * `countTerm` counts in place for a term holding no space; so the re-scoring gets the same
 * counts without reading 120 chunk rows a search (each a page of the table and its first
 * overflow page, the text and search text lying before the terms).
 */
import type { PostingList } from './term-postings.js';

/** A field's count is kept in 16 bits; one at the ceiling may have been cut. */
const MAX_COUNT = 0xffff;

/** Where `label` is in `labels` (ascending), or -1. */
export function positionOf(labels: Int32Array, label: number): number {
  let low = 0;
  let high = labels.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = labels[middle]!;
    if (value === label) return middle;
    if (value < label) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Each label's counts of each term in body and title (`Candidate['counts']`), from each
 * term's postings (all of its lists); null when the postings cannot say what `countTerm`
 * would (a term holding a space, or a count at the 16-bit ceiling): then read the rows.
 */
export function countsFromPostings({
  labels,
  postings,
}: {
  labels: readonly number[];
  /** Every asked term's postings (`askedTerms`); a term no chunk holds has no list. */
  postings: ReadonlyMap<string, readonly PostingList[]>;
}): Map<number, [Map<string, number>, Map<string, number>]> | null {
  for (const term of postings.keys()) if (term.includes(' ')) return null;
  const counts = new Map<number, [Map<string, number>, Map<string, number>]>();
  for (const label of labels) counts.set(label, [new Map(), new Map()]);
  for (const [term, lists] of postings)
    for (const list of lists)
      for (const label of labels) {
        const at = positionOf(list.labels, label);
        if (at < 0) continue;
        const body = list.bodyCounts[at]!;
        const title = list.titleCounts[at]!;
        if (body === MAX_COUNT || title === MAX_COUNT) return null;
        const [bodyCounts, titleCounts] = counts.get(label)!;
        // A chunk is in one list of a term; were it in two, its counts would add up.
        if (body > 0) bodyCounts.set(term, (bodyCounts.get(term) ?? 0) + body);
        if (title > 0) titleCounts.set(term, (titleCounts.get(term) ?? 0) + title);
      }
  return counts;
}
