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

/** Parts of speech of the phrase set aside: a noun phrase, or a preposition's. */
const PHRASE: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * The lemmas of a contrast's conjunction and of the phrase it sets aside, up to the next verb or
 * punctuation: "rather than on the night", "rather than Solberg" (in "Why was Okafor rather than
 * Solberg conducting the premiere?", "conducting the premiere" is still asked).
 */
export function contrastWords(parsed: ParsedText): string[] {
  const tokens = parsed.tokens;
  const words: string[] = [];
  tokens.forEach((token, at) => {
    const opens = CONTRASTS.some(
      ([first, second]) => token.normal === first && tokens[at + 1]?.normal === second,
    );
    if (!opens) return;
    words.push(lemmatize(token.normal), lemmatize(tokens[at + 1]!.normal));
    for (let next = at + 2; next < tokens.length && PHRASE.has(tokens[next]!.pos); next += 1)
      words.push(lemmatize(tokens[next]!.normal));
  });
  return words;
}
