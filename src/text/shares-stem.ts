/**
 * Derivations of one word: "appoint"/"appointment", "fence"/"fencing", "terror"/"terrorism":
 * they share five letters or more at their start, and `share` of the shorter word. A compound
 * of the shorter word and another is no derivation of it: "shortlist" is "short" and "list".
 */
import { isDictionaryWord } from './tokenize.js';

/**
 * Letters of a word joined to another in a compound, at least ("list", "house"). Set once, not
 * tuned: three-letter words are too often suffixes too ("-ism", "-ian"); no eval case moved.
 */
const COMPOUND_PART = 4;
/**
 * English's derivational suffixes that are words of their own too (a closed class):
 * "leadership", "awareness", "affordable", "neighbourhood" are derivations, not compounds.
 */
const SUFFIX_WORDS: ReadonlySet<string> = new Set([
  'able',
  'ible',
  'less',
  'ness',
  'ship',
  'hood',
  'like',
  'ward',
  'wards',
  'wide',
  'ment',
  'ments',
  'ships',
]);

export function sharesStem(a: string, b: string, share = 0.75): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  if (common < 5 || common < share * shorter) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const rest = long.slice(short.length);
  return !(
    long.startsWith(short) &&
    rest.length >= COMPOUND_PART &&
    !SUFFIX_WORDS.has(rest) &&
    isDictionaryWord(rest)
  );
}
