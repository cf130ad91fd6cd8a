/**
 * Sentence segmentation with offsets, on top of the platform's
 * `Intl.Segmenter`, mended for the abbreviations news text is full of.
 */
import type { Span } from './document-types.js';
import { isStopword } from '../text/tokenize.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'a.m',
  'p.m',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const FINAL_WORD = /(?:^|[\s(“"])([\p{L}.]+)\.\s*$/u;
const OPENING = /[\s(“"]/u;

/**
 * `FINAL_WORD.exec(text)`, the same match, run from the last character that can open it:
 * the word before the final full stop holds no space, "(" or quote, so a match can only start
 * at the last of them before that stop (or at the text's start when there is none). Run over
 * the whole tail, the pattern tried every position of it (≈ 0.2 s of a 100k build's chunking).
 */
export function finalWordBeforeStop(text: string): RegExpExecArray | null {
  const stop = text.trimEnd().length - 1;
  let opening = stop - 1;
  while (opening > 0 && !OPENING.test(text[opening]!)) opening -= 1;
  return FINAL_WORD.exec(opening > 0 ? text.slice(opening) : text);
}

function endsWithAbbreviation(text: string, next: string): boolean {
  const match = finalWordBeforeStop(text);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase();
  // "No." abbreviates "number" before a figure ("No. 10"); elsewhere it is the word ending a
  // reply ("Not for a parcel, no. But please…").
  if (word === 'no') return /^\s*\d/u.test(next);
  // A lone capital ("J.") is an initial, not a sentence end.
  if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) return true;
  // Dotted initials after a name end it ("Harbour Systems N.V.", "Orrin S.A."): a sentence
  // ends there before a capitalised word. Initials opening a name ("by J.M.W. Turner", "the
  // U.S. President") end one only before a capitalised function word ("…in the U.S. The
  // company").
  if (!/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  const capital = /^\s*[\p{Lu}"“‘]/u.test(next);
  const before =
    text
      .slice(0, text.length - match[0].length)
      .trimEnd()
      .split(/\s+/u)
      .at(-1) ?? '';
  if (/^\p{Lu}/u.test(before)) return !capital;
  const following = /^\s*["“‘]?(\p{L}+)/u.exec(next)?.[1];
  return following === undefined || !capital || !isStopword(following.toLowerCase());
}

function tailOf(text: string, { start, end }: Span, length = 80): string {
  if (end - start <= length) return text.slice(start, end);
  const tail = text.slice(end - length, end);
  // Start at a word boundary so a cut word is not read as a whole one.
  return tail.slice(tail.search(/\s/u) + 1);
}

/**
 * Splits `text` (which starts at `offset` in the original file) into
 * sentences; returned spans are trimmed and point into the original file.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const pieces: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = pieces.at(-1);
    // Only the sentence's tail can end in an abbreviation: looking at the whole merged
    // sentence would make a text full of abbreviations quadratic.
    if (previous && endsWithAbbreviation(tailOf(text, previous), segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  // Emphasis closing after a sentence's full stop ("**…buy them?**", "*(Laughs.)* I…") is the
  // end of that sentence, not a sentence of its own nor the start of the next.
  const mended: Span[] = [];
  for (const piece of pieces) {
    const previous = mended.at(-1);
    const raw = text.slice(piece.start, piece.end);
    const closing = /^[*_]+(?=\s|$)/u.exec(raw)?.[0].length ?? 0;
    if (previous && closing > 0) {
      previous.end = piece.start + closing;
      if (raw.slice(closing).trim() === '') continue;
      mended.push({ start: piece.start + closing, end: piece.end });
    } else mended.push({ ...piece });
  }
  // A line that ends without a sentence's punctuation (a figure heading kept with the text
  // under it: "13.1 million**⏎Passengers carried by…") is that sentence's start; a list
  // number on its own ("**3.") is numbering, not a sentence.
  const joined: Span[] = [];
  for (const [index, piece] of mended.entries()) {
    const raw = text.slice(piece.start, piece.end);
    const nextPiece = mended[index + 1];
    if (/^\W*\d{1,2}[.)]\s*$/u.test(raw) && nextPiece) continue;
    const previous = joined.at(-1);
    const previousRaw = previous ? text.slice(previous.start, previous.end) : '';
    if (
      previous &&
      /\n\s*$/u.test(previousRaw) &&
      !/[.!?:;"”’)\]]$/u.test(previousRaw.trim().replace(/[*_]+$/u, ''))
    )
      previous.end = piece.end;
    else joined.push({ ...piece });
  }
  const spans: Span[] = [];
  for (const piece of joined) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = offset + piece.start + lead;
    // Markup alone ("**", "—") says nothing: it joins the sentence before it.
    const last = spans.at(-1);
    if (!/[\p{L}\p{N}]/u.test(trimmed) && last) {
      last.end = start + trimmed.length;
      continue;
    }
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}
