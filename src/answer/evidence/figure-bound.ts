/**
 * Which side of a figure a text bounds, by English's words of comparison set before or after
 * it (a closed class): "over £500", "more than 10", "£500 or more" bound it from below (the
 * figure and above); "under £500", "up to 10", "10 or less" from above. A question about
 * claims "over £500" is not answered by a sentence about claims "under £500".
 */
import { escapeRegExp } from '../../text/escape-reg-exp.js';

export type FigureBound = 'above' | 'below';

const BEFORE: ReadonlyArray<[string, FigureBound]> = [
  ['more than', 'above'],
  ['greater than', 'above'],
  ['at least', 'above'],
  ['over', 'above'],
  ['above', 'above'],
  ['exceeding', 'above'],
  ['less than', 'below'],
  ['fewer than', 'below'],
  ['at most', 'below'],
  ['up to', 'below'],
  ['under', 'below'],
  ['below', 'below'],
];
const AFTER: ReadonlyArray<[string, FigureBound]> = [
  ['or more', 'above'],
  ['or over', 'above'],
  ['or above', 'above'],
  ['and over', 'above'],
  ['and above', 'above'],
  ['or less', 'below'],
  ['or fewer', 'below'],
  ['or under', 'below'],
  ['or below', 'below'],
  ['and under', 'below'],
];

/** The side `text` bounds `number` (digits, no separators) on, or null when it sets no bound. */
export function figureBound(text: string, number: string): FigureBound | null {
  const plain = text.toLowerCase().replace(/(\d),(?=\d{3})/gu, '$1');
  const figure = `[£$€¥]?${escapeRegExp(number)}(?![\\d.])`;
  for (const [words, bound] of BEFORE)
    if (new RegExp(`\\b${words}\\s+${figure}`, 'u').test(plain)) return bound;
  for (const [words, bound] of AFTER)
    if (new RegExp(`${figure}\\s*(?:[a-z]+\\s+)?${words}\\b`, 'u').test(plain)) return bound;
  return null;
}
