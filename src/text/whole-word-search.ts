/**
 * Where a name's (or a phrase's) words stand in a text as whole words, found as the patterns
 * `(?<![\p{L}\p{N}])word…(?![\p{L}\p{N}])` (flags `iu`) find them, without a pattern
 * compiled for each name: V8 builds every `\p{L}` class of a new pattern afresh (≈ 0.3 ms
 * each, ≈ 3 ms for a two-word name's pattern by its fortieth use), and each question brings
 * names and words no earlier one did. Here the classes live in patterns compiled once; only the words
 * are compiled per name, as plain literals (≈ 0.01 ms), and the joins between them are tried
 * in the order a backtracking pattern tries them, so the matches (where each starts and ends)
 * are the pattern's own.
 */
import { escapeRegExp } from './escape-reg-exp.js';

/** Tries its choices in the pattern's order, each continued by `next`; true at the first that succeeds. */
type Step = (text: string, at: number, next: (end: number) => boolean) => boolean;

// Sticky (`y`): each is tried exactly where the search stands. The same flags as the patterns
// they stand for (`iu`), so the classes hold the same characters.
const NOT_AFTER_WORD = /(?<![\p{L}\p{N}])/iuy;
const NOT_BEFORE_WORD = /(?![\p{L}\p{N}])/iuy;
const NON_WORD_CHARACTER = /[^\p{L}\p{N}]/iuy;
const SPACE = /\s/iuy;
const POSSESSIVE = /['’]s/iuy;
const OF = /of/iuy;
const THE = /the/iuy;
const FOLLOWING_WORD = / ([\p{L}]+)/iuy;

/** What matches `pattern` (sticky) at `at`: its end, or -1. */
function stickyEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** A fixed piece of text (a word, "of", "'s"), matched as its sticky pattern does. */
const literal =
  (pattern: RegExp): Step =>
  (text, at, next) => {
    const end = stickyEnd(pattern, text, at);
    return end >= 0 && next(end);
  };

/** `(?:step)?`: with it first, then without. */
const optional =
  (step: Step): Step =>
  (text, at, next) =>
    step(text, at, next) || next(at);

/** `[class]+`: as many characters as hold, then one fewer, down to one. */
const oneOrMore =
  (character: RegExp): Step =>
  (text, at, next) => {
    const ends: number[] = [];
    for (let end = stickyEnd(character, text, at); end >= 0; end = stickyEnd(character, text, end))
      ends.push(end);
    for (let index = ends.length - 1; index >= 0; index -= 1) if (next(ends[index]!)) return true;
    return false;
  };

/** Steps one after the other. */
const sequence =
  (...steps: Step[]): Step =>
  (text, at, next) => {
    const from = (index: number, position: number): boolean =>
      index === steps.length
        ? next(position)
        : steps[index]!(text, position, (end) => from(index + 1, end));
    return from(0, at);
  };

/** `(?:a|b)`: a first, then b. */
const either =
  (first: Step, second: Step): Step =>
  (text, at, next) =>
    first(text, at, next) || second(text, at, next);

/** `(?:['’]s)?[^\p{L}\p{N}]+(?:(?:of|the)\s+)?`: "Harbour Board", "Harbour's board", "Bank of the North". */
const LOOSE_JOIN = sequence(
  optional(literal(POSSESSIVE)),
  oneOrMore(NON_WORD_CHARACTER),
  optional(sequence(either(literal(OF), literal(THE)), oneOrMore(SPACE))),
);
/** `\s+`. */
const SPACE_JOIN = oneOrMore(SPACE);

/** The width of the character at `at` (two for a surrogate pair), as a `u` search steps on. */
const widthAt = (text: string, at: number) => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/**
 * Visits each match of `(?<![\p{L}\p{N}])w0 JOIN w1 JOIN … wn(?![\p{L}\p{N}])` (flags `giu`, each
 * word escaped), left to right; `visit` returns where the whole match ends (it may read on past
 * the name, as a pattern's trailing group does), or null to stop.
 */
function eachMatch(
  text: string,
  words: readonly string[],
  join: Step,
  visit: (start: number, end: number) => number | null,
): void {
  const [head, ...rest] = words.map(escapeRegExp);
  if (head === undefined) return;
  const tail = sequence(...rest.flatMap((word) => [join, literal(new RegExp(word, 'iuy'))]));
  // Only where the first word stands can a match start: found by the word alone (same flags).
  const starts = new RegExp(head, 'giu');
  const headAt = new RegExp(head, 'iuy');
  let from = 0;
  while (from <= text.length) {
    starts.lastIndex = from;
    const found = starts.exec(text);
    if (!found) return;
    const start = found.index;
    let end = -1;
    NOT_AFTER_WORD.lastIndex = start;
    if (NOT_AFTER_WORD.test(text)) {
      const afterHead = stickyEnd(headAt, text, start);
      if (afterHead >= 0)
        tail(text, afterHead, (at) => {
          NOT_BEFORE_WORD.lastIndex = at;
          if (!NOT_BEFORE_WORD.test(text)) return false;
          end = at;
          return true;
        });
    }
    let next = end;
    if (end >= 0) {
      const whole = visit(start, end);
      if (whole === null) return;
      next = whole;
    }
    // As a global search goes on: after the match, or one character on when it was empty or none.
    from = next > start ? next : start + widthAt(text, start);
  }
}

/**
 * Where each whole-word match of the name ends, its words joined as a name is written
 * ("Harbour Board", "Harbour's board", "Bank of the North"):
 * `(?<![\p{L}\p{N}])w0(?:['’]s)?[^\p{L}\p{N}]+(?:(?:of|the)\s+)?w1…(?![\p{L}\p{N}])`, `giu`.
 */
export function nameMatchEnds(text: string, words: readonly string[]): number[] {
  const ends: number[] = [];
  eachMatch(text, words, LOOSE_JOIN, (_, end) => {
    ends.push(end);
    return end;
  });
  return ends;
}

/**
 * Each whole-word match of the words in a row, spaces between, where it starts and ends:
 * `(?<![\p{L}\p{N}])w0\s+w1…(?![\p{L}\p{N}])`, `giu`.
 */
export function wholeWordMatches(
  text: string,
  words: readonly string[],
): { start: number; end: number }[] {
  const matches: { start: number; end: number }[] = [];
  eachMatch(text, words, SPACE_JOIN, (start, end) => {
    matches.push({ start, end });
    return end;
  });
  return matches;
}

/**
 * Whether the text writes the name's words in a row, spaces between:
 * `(?<![\p{L}\p{N}])w0\s+w1…(?![\p{L}\p{N}])`, `iu`.
 */
export function writesPhrase(text: string, words: readonly string[]): boolean {
  let found = false;
  eachMatch(text, words, SPACE_JOIN, () => {
    found = true;
    return null;
  });
  return found;
}

/**
 * The word after each whole-word match of `word`, when a space and letters follow it
 * (else undefined): `(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])(?: ([\p{L}]+))?`, `giu`, its group.
 */
/** A word and the one space after it, ending where a match starts (searched backwards by `wordsBefore`). */
const PRECEDING_WORD = /(\p{L}+) $/u;
/** What may come before a sentence's first word: its start, or the end of a sentence or line. */
const OPENING = /(?:^|[.!?:;\n]["”’)]?\s*|["“‘(]\s*)$/u;

/**
 * The word right before each whole-word match of `word` (one space apart, as `wordsAfter`
 * reads the word after); undefined where none is, or where that word opens a sentence, so its
 * capital says nothing.
 */
export function wordsBefore(text: string, word: string): (string | undefined)[] {
  const before: (string | undefined)[] = [];
  eachMatch(text, [word], SPACE_JOIN, (start, end) => {
    const preceding = PRECEDING_WORD.exec(text.slice(Math.max(0, start - 40), start));
    const opens =
      preceding === null ||
      OPENING.test(text.slice(Math.max(0, start - 45), start - preceding[0].length));
    before.push(preceding && !opens ? preceding[1] : undefined);
    return end;
  });
  return before;
}

export function wordsAfter(text: string, word: string): (string | undefined)[] {
  const after: (string | undefined)[] = [];
  eachMatch(text, [word], SPACE_JOIN, (_, end) => {
    FOLLOWING_WORD.lastIndex = end;
    const following = FOLLOWING_WORD.exec(text);
    after.push(following?.[1]);
    return following ? FOLLOWING_WORD.lastIndex : end;
  });
  return after;
}
