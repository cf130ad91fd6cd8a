/**
 * A sentence saying what is asked has not been told: "The price has not been disclosed.", "The
 * girl has not been named.", "The purchase price was not announced." Its subject, the thing not
 * told, is read before a negated passive verb of telling (WordNet's verb.communication), or
 * before "yet to be" and one.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Token } from '../analyze/parse-text.js';

/** English's words of negation before a verb (a closed class). */
const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Tags of a verb group's words before its verb ("has not been", "is yet to be"). */
const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);
/**
 * Words after the verb that put the telling off, not out ("was not announced until Friday",
 * "…before the vote"): English's subordinators of a later time (a closed class).
 */
const LATER: ReadonlySet<string> = new Set(['until', 'till', 'before']);

/** A word of negation in a text, as `untoldSubject` reads them ("not", "n't", "never", "yet to"). */
const NEGATION_WORD = /\b(?:not|never|yet to)\b|n['’]t\b/iu;

/**
 * False when a text holds no word of negation, so that `untoldSubject` finds nothing in it: a
 * test on its characters, before parsing it.
 */
export function mayTellUntold(text: string): boolean {
  return NEGATION_WORD.test(text);
}

/**
 * The index of the head noun of the subject of a negated passive verb of telling (`tells`) in
 * the sentence, or null: "The price has not been disclosed" gives "price".
 */
export function untoldSubject(
  tokens: readonly Token[],
  tells: (lemma: string) => boolean,
): number | null {
  for (const [at, token] of tokens.entries()) {
    if (token.pos !== 'VERB' || !tells(lemmatize(token.normal))) continue;
    if (LATER.has(tokens[at + 1]?.normal ?? '')) continue;
    let start = at;
    while (start > 0 && VERB_GROUP.has(tokens[start - 1]!.pos)) start -= 1;
    const group = tokens.slice(start, at);
    const passive = group.some((word) => word.pos === 'AUX' && lemmatize(word.normal) === 'be');
    const negated =
      group.some((word) => NEGATORS.has(word.normal)) ||
      group.some((word, index) => word.normal === 'yet' && group[index + 1]?.normal === 'to');
    if (!passive || !negated) continue;
    const head = tokens[start - 1];
    if (head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN')) return start - 1;
  }
  return null;
}
