/**
 * A person's name written after the role the question asks about ("Iranian Interior Minister
 * Ahmad Vahidi", asked "Who is the interior minister of Iran?"; "Assistant Chief Fire Officer
 * Dev Sandhu", asked who was acting chief): the answer is the name. The role is the words up
 * to the last that the question asks or the articles found write in lower case elsewhere (a
 * common noun, "officer"), when one of them is asked; a name's own words are neither.
 */
import { isStopword, lemmatize } from '../../text/tokenize.js';

/** Words a person's name keeps at least once its role is cut; set once, not tuned. */
const NAME_WORDS = 2;

/**
 * The name without its leading role, when a word of that role is asked (`asked`, lemmas) and at
 * least NAME_WORDS words follow it; the name whole otherwise.
 */
export function withoutAskedRole(
  name: string,
  asked: ReadonlySet<string>,
  /** True for a word the articles found write in lower case (a common word). */
  common: (word: string) => boolean,
): string {
  const words = name.split(/\s+/u);
  const askedAt = (word: string) => {
    const lower = word.toLowerCase();
    return !isStopword(lower) && asked.has(lemmatize(lower));
  };
  // The role ends at the last word asked or written in lower case; the name follows it.
  const cut = words.findLastIndex((word) => askedAt(word) || common(word.toLowerCase()));
  const askedInRole = words.slice(0, cut + 1).some(askedAt);
  return !askedInRole || words.length - (cut + 1) < NAME_WORDS
    ? name
    : words.slice(cut + 1).join(' ');
}
