/**
 * The words an acronym stands for in a text: English makes an acronym from the first letters
 * of a phrase's words, skipping its function words ("Competition and Markets Commission": CMC,
 * "Annual General Meeting": AGM).
 */
import { isStopword } from './tokenize.js';

/** A word of two to six capitals as typed ("AGM", "NHS"): an acronym, by English's spelling. */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text);
}

/**
 * The first run of words in `words` whose content words' initials spell `acronym` (function
 * words inside the run skipped, none at its ends); null when none does.
 */
export function expansionIn(words: readonly string[], acronym: string): string[] | null {
  for (let start = 0; start < words.length; start += 1) {
    if (isStopword(words[start]!) || words[start]![0] !== acronym[0]) continue;
    let letters = 0;
    for (let at = start; at < words.length; at += 1) {
      const word = words[at]!;
      if (!/^\p{L}/u.test(word)) break;
      if (isStopword(word)) continue;
      if (word[0] !== acronym[letters]) break;
      letters += 1;
      if (letters === acronym.length) return words.slice(start, at + 1);
    }
  }
  return null;
}
