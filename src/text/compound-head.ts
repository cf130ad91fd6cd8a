/**
 * English's closed compounds are headed by their last part ("harbour" + "master": a
 * harbourmaster is a master; "grounds" + "man"): a compound the dictionary lacks
 * ("harbourmaster", "headteacher") is the kind of thing its head is, and its plural is its
 * head's ("harbourmasters", "groundsmen").
 */

/** Letters each part of a compound has at least ("harbour", "man"); set once, not tuned. */
const MIN_PART = 3;

/**
 * The modifier and head a word splits into, both words of the dictionary (`isWord`), the head
 * as long as can be ("head" + "teacher", not "headteach" + "er"); null for none. Only lower-case
 * letters: a capitalised name ("Kettlewick") is no compound noun.
 */
export function compoundParts(
  word: string,
  isWord: (part: string) => boolean,
): [string, string] | null {
  if (!/^\p{Ll}+$/u.test(word) || word.length < 2 * MIN_PART) return null;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at += 1) {
    const modifier = word.slice(0, at);
    const head = word.slice(at);
    if (isWord(modifier) && isWord(head)) return [modifier, head];
  }
  return null;
}
