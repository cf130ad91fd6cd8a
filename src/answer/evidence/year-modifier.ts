/**
 * A year written before a noun modifies it: "the 2020 flood appeal surplus" says which appeal,
 * not when the thing asked happened. Asked "When was the boathouse extension opened?", such a
 * year answers only when the noun it modifies is what the question asks of (a word of the
 * question, or the asked verb's event: "the 2021 opening").
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { sharesStem } from '../../text/shares-stem.js';

/** Parts of speech of the noun phrase a year modifies ("2020 flood appeal surplus", "2021 Caddon Sprint Regatta"). */
const MODIFIED: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * True when `entity` is a year alone modifying a noun phrase that holds no word the question
 * asks (`asked`, lemmas) nor a derivation of its verbs (`verbs`, lemmas).
 */
export function yearModifiesOther(
  parsed: ParsedText,
  entity: Entity,
  asked: ReadonlySet<string>,
  verbs: ReadonlySet<string>,
): boolean {
  if (!/^\d{4}$/u.test(entity.text)) return false;
  const tokens = parsed.tokens;
  let at = entity.last + 1;
  const phrase: string[] = [];
  while (tokens[at] !== undefined && MODIFIED.has(tokens[at]!.pos)) {
    phrase.push(lemmatize(tokens[at]!.normal));
    at += 1;
  }
  // A year and no noun after it ("in 2020", "2020's") modifies nothing.
  if (!tokens.slice(entity.last + 1, at).some((token) => token.pos !== 'ADJ')) return false;
  return !phrase.some(
    (lemma) => asked.has(lemma) || [...verbs].some((verb) => derives(lemma, verb)),
  );
}

/** Letters of a suffix deriving a noun from a short verb, at most ("open" → "opening"). */
const SUFFIX = 4;

/** True when the noun `lemma` is the verb's event: a derivation of it ("opening", "appointment"). */
function derives(lemma: string, verb: string): boolean {
  return (
    sharesStem(lemma, verb) || (lemma.startsWith(verb) && lemma.length - verb.length <= SUFFIX)
  );
}
