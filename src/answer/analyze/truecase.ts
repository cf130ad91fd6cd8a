/**
 * A question typed in lower case ("who heads the pilots union at aurelian", "how much did
 * estbury water raise its charges") names what the articles write with capitals. Names are
 * what the analysis reads from capitals (constraints, the answer's type, words an answer
 * must not repeat), so each lower-case word the passages retrieved for the question write
 * only as a name is written as they write it, and with it the words next to it that the
 * passages write as one name with it ("Estbury Water").
 *
 * Only a word uncommon in English anchors a name: "water" or "union" written with a capital
 * in some name of the passages stays a common word unless it stands next to such an anchor.
 */

import { isStopword } from '../../text/tokenize.js';
// The words' patterns are not compiled for each word: see whole-word-search.ts.
import { wholeWordMatches, writesPhrase } from '../../text/whole-word-search.js';
import { foldLetters } from './parse-text.js';

/** A word of the question: letters and figures, with inner hyphens or apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** A possessive ending, kept as typed. */
const POSSESSIVE = /['’]s$/u;

/** What may come right before a sentence's first word (so the word's capital says nothing). */
const SENTENCE_START = /(?:^|[.!?:\n]|\s[-–—])[\s"“‘'(*#]*$/u;

/**
 * How the passages write `word` when they write it only with a capital, at least once inside
 * a sentence (a capital at a sentence's start says nothing); null otherwise.
 */
function nameForm(word: string, passages: readonly string[]): string | null {
  const forms = new Map<string, number>();
  let inside = false;
  for (const text of passages) {
    for (const { start, end } of wholeWordMatches(text, [word])) {
      const form = text.slice(start, end);
      if (!/^\p{Lu}/u.test(form)) return null;
      forms.set(form, (forms.get(form) ?? 0) + 1);
      if (!SENTENCE_START.test(text.slice(Math.max(0, start - 8), start))) inside = true;
    }
  }
  if (!inside) return null;
  return [...forms].sort((a, b) => b[1] - a[1])[0]![0];
}

/** How the passages write `phrase` with every word capitalised, if they do; else null. */
function phraseForm(phrase: string, passages: readonly string[]): string | null {
  const words = phrase.split(/\s+/u);
  for (const text of passages) {
    for (const { start, end } of wholeWordMatches(text, words)) {
      const form = text.slice(start, end);
      if (form.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return form;
    }
  }
  return null;
}

interface Word {
  start: number;
  /** The word as typed. */
  text: string;
  /** The word without a possessive ending. */
  bare: string;
}

/**
 * `text` with its lower-case names written as `passages` write them; `text` itself when
 * none is found. `isCommon` tells a word common in English (no anchor for a name).
 */
export function truecase(
  typed: string,
  passages: readonly string[],
  isCommon: (word: string) => boolean,
): string {
  const text = withAccents(typed, passages, isCommon);
  const words: Word[] = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    text: match[0],
    bare: match[0].replace(POSSESSIVE, ''),
  }));
  const lower = (at: number) => {
    const word = words[at];
    return word !== undefined && /\p{L}/u.test(word.bare) && word.bare === word.bare.toLowerCase();
  };
  // A function word ("the", "of") joins no name: "the ember throne films" is "the Ember Throne
  // films" even where the passages title a film "The Ember Throne".
  const open = (at: number) => lower(at) && !isStopword(words[at]!.bare);
  // Words `at` and `at + 1` are one phrase: only a space between them, no possessive before it.
  const joined = (at: number) => {
    const left = words[at];
    const right = words[at + 1];
    return (
      left !== undefined &&
      right !== undefined &&
      left.text === left.bare &&
      /^\s+$/u.test(text.slice(left.start + left.text.length, right.start))
    );
  };
  // The question's words `first`..`last`, the last without its possessive.
  const phrase = (first: number, last: number) =>
    text.slice(words[first]!.start, words[last]!.start) + words[last]!.bare;
  let result = '';
  let copied = 0;
  for (let index = 0; index < words.length; index += 1) {
    if (!lower(index) || isCommon(words[index]!.bare)) continue;
    let written = nameForm(words[index]!.bare, passages);
    if (written === null) continue;
    // Widen the name over the neighbours the passages write capitalised with it.
    let first = index;
    let last = index;
    for (;;) {
      const left =
        open(first - 1) && joined(first - 1) && words[first - 1]!.start >= copied
          ? phraseForm(phrase(first - 1, last), passages)
          : null;
      const right =
        left === null && open(last + 1) && joined(last)
          ? phraseForm(phrase(first, last + 1), passages)
          : null;
      if (left === null && right === null) break;
      if (left !== null) first -= 1;
      else last += 1;
      written = (left ?? right)!;
    }
    const start = words[first]!.start;
    result += text.slice(copied, start) + written;
    copied = start + phrase(first, last).length;
    index = last;
  }
  return result + text.slice(copied);
}

/** A word without its accents, lower-cased: "Kovač" and "kovac" alike. */
function unaccented(word: string): string {
  return foldLetters(word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')).toLowerCase();
}

/**
 * `text` with each word typed without the accents the passages write it with ("Ines Kovac" for
 * "Ines Kovač") written as they write it, when they write it one way only and never as typed;
 * a word common in English is left as it is.
 */
function withAccents(
  text: string,
  passages: readonly string[],
  isCommon: (word: string) => boolean,
): string {
  const typed = [...text.matchAll(WORD)].filter(
    (match) => /^[\p{ASCII}]+$/u.test(match[0]) && !isCommon(match[0].toLowerCase()),
  );
  // Most questions and passages hold no accented letter: nothing to read then.
  const accented = passages.filter((passage) => ACCENTED.test(passage));
  if (typed.length === 0 || accented.length === 0) return text;
  const forms = new Map<string, Set<string>>();
  for (const passage of accented)
    for (const [word] of passage.matchAll(WORD)) {
      if (!ACCENTED.test(word)) continue;
      const key = unaccented(word);
      let known = forms.get(key);
      if (!known) forms.set(key, (known = new Set()));
      known.add(word);
    }
  let result = '';
  let copied = 0;
  for (const match of typed) {
    const written = forms.get(match[0].toLowerCase());
    if (!written || written.size !== 1 || writtenAsTyped(match[0], passages)) continue;
    result += text.slice(copied, match.index) + [...written][0]!;
    copied = match.index + match[0].length;
  }
  return result + text.slice(copied);
}

/** A letter with an accent or beyond Latin-1's plain letters ("é", "č", "đ"). */
const ACCENTED = /[\u00c0-\u00ff\u0100-\u024f\u1e00-\u1eff]/u;

/** True when a passage writes `word` as it was typed (in any case). */
function writtenAsTyped(word: string, passages: readonly string[]): boolean {
  return passages.some((passage) => writesPhrase(passage, [word]));
}
