/**
 * Whose time a date gives. In English a time phrase after a verb modifies the nearest verb
 * before it (right association): in "The shop he opened in 1962 closed in 1993", 1962 is when
 * it opened and 1993 when it closed; in "Arthur Hartnell, who has died at his home aged 84,
 * founded the bakery in 1962", 1962 is the founding's, not the death's. A date opening its
 * sentence ("In 1962, he…") is the main clause's, and no verb before it is read.
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';

/**
 * The lemma of the verb nearest before the date, or null when none stands before it. A verb
 * taking a figure ("aged 84", "won 3 medals") is read past: the date is not its time.
 */
export function verbDated(parsed: ParsedText, entity: Entity): string | null {
  const tokens = parsed.tokens;
  for (let at = entity.first - 1; at >= 0; at -= 1) {
    const token = tokens[at]!;
    if (token.pos !== 'VERB') continue;
    // "aged 84, on 17 November": a verb taking another figure; "died 17 November 2018" takes
    // the date itself.
    if (tokens[at + 1]?.pos === 'NUM' && at + 1 !== entity.first) continue;
    return lemmatize(token.normal);
  }
  return null;
}

/**
 * True when the sentence states an asked verb (`askedVerbs`, lemmas) and the date is another
 * verb's time: what the question asks the time of is not when this date happened.
 */
export function datesAnotherVerb(
  parsed: ParsedText,
  entity: Entity,
  askedVerbs: ReadonlySet<string>,
): boolean {
  const states = parsed.tokens.some(
    (token) => token.pos === 'VERB' && askedVerbs.has(lemmatize(token.normal)),
  );
  if (!states) return false;
  const verb = verbDated(parsed, entity);
  return verb !== null && !askedVerbs.has(verb);
}
