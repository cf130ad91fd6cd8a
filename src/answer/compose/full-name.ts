/**
 * A person an answering sentence names by one word ("Ruth", "Okafor") or a title and one word
 * ("Dr Abara") is shown by the full name their article gives them.
 */
import { TITLES_OF_ADDRESS } from '../evidence/answer-fit.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';

/**
 * True when the word is a title before a name: one of English's titles of address ("Dr", "Mrs")
 * or a short abbreviation without a vowel, as English abbreviates titles ("Cllr", "Sgt").
 */
function isTitle(word: string): boolean {
  const bare = word.replace(/\.$/u, '');
  return (
    TITLES_OF_ADDRESS.has(bare.toLowerCase()) ||
    (/^\p{Lu}\p{Ll}{1,3}$/u.test(bare) && !/[aeiouy]/iu.test(bare))
  );
}

/** Words at most of a person's full name ("Ruth Pengelly", "Dr Lorna Faraday"). */
const FULL_NAME_WORDS = 4;

/**
 * The full name an article gives a person the sentence names by one word ("Ruth", "Okafor"):
 * the one name of two to four words in the article that begins or ends with that word, with the
 * first sentence writing it; undefined when there is none, or more than one ("Ruth Pengelly"
 * and "Ruth Adams").
 */
export function fullNameOf(
  evidence: Evidence,
  sentence: EvidenceSentence,
  given: string,
): { name: string; sentence: EvidenceSentence } | undefined {
  if (sentence.position < 0) return undefined;
  // "Dr Abara", "Cllr Threlfall": a title before one word names the person by that word.
  const words = given.split(/\s+/u);
  if (words.length > 2 || (words.length === 2 && !isTitle(words[0]!))) return undefined;
  const word = words.at(-1)!;
  const found = new Map<string, EvidenceSentence>();
  for (const other of evidence.sentencesOf(sentence.document.docId))
    for (const name of other.parsed.entities) {
      if (name.type !== 'name') continue;
      // A title of address before the name is no word of it ("Dr Ruth Pengelly").
      const written = name.text.split(/\s+/u);
      const own = isTitle(written[0]!) ? written.slice(1) : written;
      if (own.length < 2 || own.length > FULL_NAME_WORDS) continue;
      if (own[0] !== word && own.at(-1) !== word) continue;
      if (!found.has(name.text)) found.set(name.text, other);
    }
  const only = found.size === 1 ? [...found][0] : undefined;
  return only && { name: only[0], sentence: only[1] };
}
