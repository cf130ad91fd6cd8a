/**
 * FTS5's `bm25()` ranking of an OR of single-term phrases, reproduced over
 * the store's own postings (`term-postings.ts`): the same scores bit for bit
 * and the same `ORDER BY score LIMIT n` (ties in rowid order, as FTS5 returns
 * its matches and SQLite's sorter keeps them). FTS5 reads and decodes every
 * match's positions to score it (≈ 0.5 µs a match, 20–44k matches a question at
 * 100k chunks); here a match is a few arithmetic operations over a blob read
 * once per term.
 *
 * The arithmetic follows `fts5Bm25Function` (SQLite's fts5_aux.c) operation by
 * operation: k1 1.2, b 0.75, a row's weighted frequency summed instance by
 * instance (body before title), idf `log((N - n + 0.5) / (n + 0.5))` floored at
 * 1e-6, phrases added in the order of the MATCH expression. The logarithm is
 * the caller's: SQLite's `ln()` is C's `log()`, which differs from `Math.log` in
 * the last bit now and then. A filter (a join's condition in FTS5's query) ranks
 * only the rows it allows, each idf still over every match.
 */
import type { PostingList } from './term-postings.js';

const K1 = 1.2;
const B = 0.75;
/** A binary search's steps in a long list, about: fewer allowed rows than 1 in this many are looked up. */
const LOOKUP_COST = 16;

/** Where each of `wanted` (ascending) is among `labels` (ascending), in order; those absent left out. */
function positionsIn(labels: Int32Array, wanted: Int32Array): number[] {
  const positions: number[] = [];
  let low = 0;
  for (const label of wanted) {
    let high = labels.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (labels[middle]! < label) low = middle + 1;
      else high = middle;
    }
    if (low < labels.length && labels[low] === label) positions.push(low);
  }
  return positions;
}

export interface FtsBm25Ranker {
  /** The best `limit` rows, best first, as FTS5 orders them, with `bm25()`'s value (negative). */
  top(options: {
    /** Each phrase's postings (one term's lists, in any number of pieces), in MATCH order. */
    phrases: PostingList[][];
    /** FTS5's row count and total tokens (its averages record). */
    rows: number;
    tokens: number;
    /** The columns' weights as passed to `bm25()`: body, title. */
    weights: { body: number; title: number };
    limit: number;
    /** The natural logarithm as SQLite computes it. */
    ln: (value: number) => number;
    /**
     * The rows a filter allows (a join's condition on FTS5's matches): only they are ranked,
     * while a phrase's idf still counts every match, as `bm25()` does under such a join.
     */
    allowed?: ReadonlySet<number>;
  }): { label: number; score: number }[];
}

/** A ranker; it keeps a scratch accumulator between searches (one caller at a time). */
export function createFtsBm25Ranker(): FtsBm25Ranker {
  let scores = new Float64Array(0);
  let seen = new Uint8Array(0);
  let touched = new Int32Array(0);
  const fit = (labels: number, matches: number) => {
    if (scores.length < labels) {
      scores = new Float64Array(Math.max(labels, 2 * scores.length));
      seen = new Uint8Array(scores.length);
    }
    if (touched.length < matches) touched = new Int32Array(Math.max(matches, 2 * touched.length));
  };
  return {
    top({ phrases, rows, tokens, weights, limit, ln, allowed }) {
      let maxLabel = -1;
      let postings = 0;
      let longest = 0;
      for (const lists of phrases)
        for (const { labels } of lists) {
          postings += labels.length;
          longest = Math.max(longest, labels.length);
          // A list's labels ascend: its last is its highest.
          if (labels.length > 0 && labels[labels.length - 1]! > maxLabel)
            maxLabel = labels[labels.length - 1]!;
        }
      if (postings === 0 || limit <= 0) return [];
      fit(maxLabel + 1, postings);
      const averageLength = tokens / rows;
      // The allowed rows in order, when some list is long enough to look them up in.
      const chosen =
        allowed && allowed.size * LOOKUP_COST < longest ? Int32Array.from(allowed).sort() : null;
      let count = 0;
      for (const lists of phrases) {
        let hits = 0;
        for (const list of lists) hits += list.labels.length;
        if (hits === 0) continue;
        let idf = ln((rows - hits + 0.5) / (hits + 0.5));
        if (idf <= 0) idf = 1e-6;
        for (const { labels, rowLengths, bodyCounts, titleCounts } of lists) {
          // A few rows allowed (a search inside some articles): each looked up in the list,
          // whose labels ascend, rather than the list read through. The same postings are
          // visited in the same order either way.
          const found =
            chosen && chosen.length * LOOKUP_COST < labels.length
              ? positionsIn(labels, chosen)
              : null;
          const visits = found ? found.length : labels.length;
          for (let visit = 0; visit < visits; visit += 1) {
            const index = found ? found[visit]! : visit;
            if (!found && allowed && !allowed.has(labels[index]!)) continue;
            let frequency = 0;
            for (let times = bodyCounts[index]!; times > 0; times -= 1) frequency += weights.body;
            for (let times = titleCounts[index]!; times > 0; times -= 1) frequency += weights.title;
            const score =
              idf *
              ((frequency * (K1 + 1)) /
                (frequency + K1 * (1 - B + (B * rowLengths[index]!) / averageLength)));
            const label = labels[index]!;
            if (seen[label] === 0) {
              seen[label] = 1;
              scores[label] = score;
              touched[count++] = label;
            } else scores[label]! += score;
          }
        }
      }
      // The best `limit` in a heap whose root is the worst kept: lower score, then higher label.
      const worse = (a: number, b: number) =>
        scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
      const heap: number[] = [];
      const swap = (i: number, j: number) => {
        const kept = heap[i]!;
        heap[i] = heap[j]!;
        heap[j] = kept;
      };
      for (let index = 0; index < count; index += 1) {
        const label = touched[index]!;
        seen[label] = 0;
        if (heap.length < limit) {
          heap.push(label);
          for (let at = heap.length - 1; at > 0;) {
            const parent = (at - 1) >> 1;
            if (!worse(heap[at]!, heap[parent]!)) break;
            swap(at, parent);
            at = parent;
          }
        } else if (worse(heap[0]!, label)) {
          heap[0] = label;
          for (let at = 0; ;) {
            const left = 2 * at + 1;
            let least = at;
            if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
            if (left + 1 < heap.length && worse(heap[left + 1]!, heap[least]!)) least = left + 1;
            if (least === at) break;
            swap(at, least);
            at = least;
          }
        }
      }
      return heap
        .sort((a, b) => scores[b]! - scores[a]! || a - b)
        .map((label) => ({ label, score: -1 * scores[label]! }));
    },
  };
}
