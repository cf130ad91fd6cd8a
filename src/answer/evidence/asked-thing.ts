/**
 * The thing a question asks the price of, by the head noun of the subject of "cost": "How much
 * did the fuel berth on the North Quay cost?" asks the berth's cost, "How much does a jar of
 * honey cost?" a jar's. A figure in a sentence that speaks of no such thing, nor do the
 * sentences around it, is another thing's ("the raffle raised £640" is no jar's price).
 */
import type { Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';

/** Parts of speech inside a subject's noun phrase before its head noun ends it. */
const PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/**
 * The lemma of the head noun of the subject after the question's auxiliary ("did the fuel
 * berth on…" → "berth"), the phrase ending at a preposition, a verb or a word of `verbs` the
 * tagger may read as a noun ("cost"); null when the question writes none of `verbs` or the
 * subject is no common noun ("it", a name).
 */
export function askedThing(tokens: readonly Token[], verbs: ReadonlySet<string>): string | null {
  const aux = tokens.findIndex((token) => token.pos === 'AUX');
  if (aux < 0) return null;
  let head: string | null = null;
  for (let at = aux + 1; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const lemma = lemmatize(token.normal);
    if (!PHRASE.has(token.pos) || verbs.has(lemma)) break;
    if (token.pos === 'NOUN') head = lemma;
    // "Port Quillan's new fish market": a possessive opens the phrase again.
    if (token.pos === 'PART' && token.normal !== "'s" && token.normal !== '’s') break;
  }
  return tokens.some((token) => verbs.has(lemmatize(token.normal))) ? head : null;
}
