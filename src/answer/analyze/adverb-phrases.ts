/**
 * The adverbs of several words a text's words hold, as WordNet knows them ("in the end", "on
 * time", "at the moment"): each run of two to four words, longest first, that `isAdverb` holds
 * as one adverb.
 */

/** Words an adverb of several words may have at most ("in the long run"). */
const ADVERB_PHRASE_WORDS = 4;

export function adverbPhrases(
  words: readonly string[],
  isAdverb: (words: readonly string[]) => boolean,
): string[][] {
  const found: string[][] = [];
  for (let start = 0; start < words.length; start += 1)
    for (let length = ADVERB_PHRASE_WORDS; length >= 2; length -= 1) {
      const phrase = words.slice(start, start + length);
      if (phrase.length < length || !phrase.every((word) => /^\p{L}+$/u.test(word))) continue;
      if (isAdverb(phrase)) {
        found.push(phrase);
        break;
      }
    }
  return found;
}
