/**
 * A letter ending a name says which one of a series it names ("Series A", "Terminal A",
 * "SUMMIT-A"): a sentence about another of the series ("Series B") does not answer for it.
 */
import { escapeRegExp } from '../../text/escape-reg-exp.js';

/** True when a name of two words or more ends in a single letter: which one of a series ("Series A"). */
export const seriesLetter = (name: readonly string[]) =>
  name.length > 1 && /^\p{L}$/u.test(name.at(-1)!);

/**
 * True when the text writes the name (lower-case words, as `nameWords` splits them at any mark
 * between letters) whole with its last letter a capital ("Series A", "Phase-B").
 */
export function writesSeriesName(text: string, name: readonly string[]): boolean {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${name.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(pattern)].some((match) => /\p{Lu}$/u.test(match[0]));
}
