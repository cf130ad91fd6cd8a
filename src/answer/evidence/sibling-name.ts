/**
 * Another of the same family of names: "How many members does Halden Rowing Club have?" is not
 * answered by "the 17 members of Marlbury Town Rowing Club", nor a question on the Gold Line by
 * a sentence on the Blue Line. An English name's last word is its head, saying what kind of one
 * it is, and the words before it which one; a sentence naming a sibling of the asked name — one
 * sharing a head with it, a common noun, each having a word the other lacks — and not the asked
 * name itself speaks of that other one. A name inside or around the asked one ("Ashgrove
 * Rovers" for "Ashgrove Rovers Women", "Gold Line North Extension" for "Gold Line") may be the
 * same one, shortened or narrowed, and a title of address is no word of a name ("Mr Feld" is
 * "Marcus Feld").
 */
import type { ParsedText } from '../analyze/parse-text.js';
import { tokenize } from '../../text/tokenize.js';
import { TITLES_OF_ADDRESS } from './answer-fit.js';

/** Words a name has at least to be told from its siblings by its words. */
const MIN_NAME_WORDS = 2;

/**
 * True when the sentence names a sibling of one of the asked names (each as its lower-cased
 * words) and writes none of those names whole.
 */
export function namesSibling(
  parsed: ParsedText,
  askedNames: readonly (readonly string[])[],
  isCommonWord: (word: string) => boolean,
): boolean {
  const asked = askedNames.filter((name) => name.length >= MIN_NAME_WORDS);
  const written = new Set(parsed.tokens.map((token) => token.normal));
  if (asked.length === 0 || asked.some((name) => name.every((word) => written.has(word))))
    return false;
  return parsed.entities.some((entity) => {
    if (entity.type !== 'name') return false;
    const words = tokenize(entity.text).filter((word) => !TITLES_OF_ADDRESS.has(word));
    if (words.length < MIN_NAME_WORDS) return false;
    return asked.some((name) => {
      const shared = name.filter((word) => words.includes(word)).length;
      const head = [name.at(-1)!, words.at(-1)!].find(
        (word) => words.includes(word) && name.includes(word),
      );
      // The head is a common noun saying what kind of one both are ("club", "line"); a shared
      // rare word is the name itself, shortened or titled ("Cllr Hoskin" of "Peter Hoskin").
      const sharesHead = head !== undefined && isCommonWord(head);
      return sharesHead && shared < name.length && shared < new Set(words).size;
    });
  });
}
