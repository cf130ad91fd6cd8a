/**
 * What a question sets aside: English's "rather than" and "instead of" open a phrase naming
 * what is not asked ("How can I get sandbags before the next flood rather than on the night?"
 * asks of before the flood, not of the night). Its words are no words to search for.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { ParsedText } from './parse-text.js';

/** English's two-word conjunctions of contrast (a closed class), as their two words. */
const CONTRASTS: readonly (readonly [string, string])[] = [
  ['rather', 'than'],
  ['instead', 'of'],
];

/** Punctuation that ends the phrase. */
const PHRASE_END = /^[,;:.!?)"”]$/u;

/** The lemmas of the words from a contrast's conjunction to the end of its phrase. */
export function contrastWords(parsed: ParsedText): string[] {
  const tokens = parsed.tokens;
  const words: string[] = [];
  tokens.forEach((token, at) => {
    const opens = CONTRASTS.some(
      ([first, second]) => token.normal === first && tokens[at + 1]?.normal === second,
    );
    if (!opens) return;
    for (let next = at; next < tokens.length && !PHRASE_END.test(tokens[next]!.text); next += 1)
      words.push(lemmatize(tokens[next]!.normal));
  });
  return words;
}
