/**
 * Which texts of a collection may contain a string, without searching them all:
 * an inverted index of each text's runs of letters and digits. When a string
 * occurs in a text, every run of the string that has a separator on both sides
 * within it is a whole run of the text, and any other run is part of one, so
 * the texts holding that run are a superset of the texts holding the string.
 * Callers check the candidates with `includes`, so the result never changes.
 * Texts are indexed when asked (`catchUp`, a little at a time) or, when few are
 * waiting, by the next search; until then the index does not narrow.
 */
import { eachRun } from './each-run.js';

const RUN = /[\p{L}\p{N}]+/gu;
/** A lone surrogate: a string that could match half of a character of a text. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Up to this many texts waiting are indexed by a search itself (a live change's few). */
const CATCH_UP_TEXTS = 256;

export interface SubstringIndex {
  /** Adds a text, or replaces the one with the same id. */
  set(id: string, text: string): void;
  delete(id: string): void;
  /**
   * Ids whose text may contain `needle`: every id whose text does, and maybe others.
   * Undefined when the index cannot narrow it (every id may), as while many texts wait.
   */
  candidates(needle: string): Set<string> | undefined;
  /** Indexes waiting texts for about `budgetMs` at most; true when none is left waiting. */
  catchUp(budgetMs?: number): boolean;
}

function distinctRuns(text: string): Set<string> {
  const runs = new Set<string>();
  eachRun(text, (run) => runs.add(run));
  return runs;
}

export function createSubstringIndex(): SubstringIndex {
  const texts = new Map<string, string>();
  /** Ids set but not yet indexed. */
  const waiting = new Set<string>();
  const postings = new Map<string, string[]>();
  /** Every run once, joined by newlines, for finding runs that contain a string. */
  let vocabulary: { joined: string; starts: number[]; runs: string[] } | null = null;

  const vocabularyNow = () => {
    if (!vocabulary) {
      const runs = [...postings.keys()];
      const starts: number[] = [];
      let at = 0;
      for (const run of runs) {
        starts.push(at);
        at += run.length + 1;
      }
      vocabulary = { joined: runs.join('\n'), starts, runs };
    }
    return vocabulary;
  };

  /** Runs of the index that contain `part`. */
  const runsContaining = (part: string): string[] => {
    const { joined, starts, runs } = vocabularyNow();
    const found: string[] = [];
    let at = joined.indexOf(part);
    while (at >= 0) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      found.push(runs[low]!);
      const next = starts[low + 1];
      if (next === undefined) break;
      at = joined.indexOf(part, next);
    }
    return found;
  };

  // An article's edges hold ≈ 130 runs: at 100k chunks, indexing them all is a few hundred ms of
  // every start. Runs are taken by `eachRun` (not a Unicode regular expression) and a repeat is
  // noticed at its posting's end (this text's id is the last one added), without a set per text.
  const index = (id: string) => {
    waiting.delete(id);
    eachRun(texts.get(id)!, (run) => {
      const posting = postings.get(run);
      if (!posting) {
        postings.set(run, [id]);
        vocabulary = null;
      } else if (posting[posting.length - 1] !== id) posting.push(id);
    });
  };

  const catchUp = (budgetMs = Infinity) => {
    const started = performance.now();
    for (const id of waiting) {
      index(id);
      if (performance.now() - started >= budgetMs) break;
    }
    return waiting.size === 0;
  };

  const remove = (id: string) => {
    const text = texts.get(id);
    if (text === undefined) return;
    texts.delete(id);
    if (waiting.delete(id)) return;
    for (const run of distinctRuns(text)) {
      const posting = postings.get(run);
      if (!posting) continue;
      const position = posting.indexOf(id);
      if (position >= 0) posting.splice(position, 1);
      if (posting.length === 0) {
        postings.delete(run);
        vocabulary = null;
      }
    }
  };

  return {
    set(id, text) {
      remove(id);
      texts.set(id, text);
      waiting.add(id);
    },
    delete: remove,
    catchUp,
    candidates(needle) {
      if (waiting.size > CATCH_UP_TEXTS) return undefined;
      catchUp();
      if (LONE_SURROGATE.test(needle)) return undefined;
      const runs = [...needle.matchAll(RUN)];
      if (runs.length === 0) return undefined;
      const last = runs.length - 1;
      // A run with a separator on both sides (within the needle) is a whole run of the text.
      const whole = runs.filter((run, index) => {
        const before = index > 0 || run.index > 0;
        const after = index < last || run.index + run[0].length < needle.length;
        return before && after;
      });
      if (whole.length > 0) {
        const rarest = whole
          .map((run) => postings.get(run[0]) ?? [])
          .reduce((a, b) => (b.length < a.length ? b : a));
        return new Set(rarest);
      }
      // Otherwise the longest run is part of a run of the text.
      const longest = runs.map((run) => run[0]).reduce((a, b) => (b.length > a.length ? b : a));
      const ids = new Set<string>();
      for (const run of runsContaining(longest))
        for (const id of postings.get(run) ?? []) ids.add(id);
      return ids;
    },
  };
}
