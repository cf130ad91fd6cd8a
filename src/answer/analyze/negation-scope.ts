/**
 * How far a negation reaches in a sentence, by English grammar: the tagger marks every token
 * after "not", "no" or "never" as negated up to the sentence's end; a clause of its own ends
 * the negation's reach.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Token } from './parse-text.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

/**
 * English's subordinating conjunctions of time, cause, condition and concession (a closed
 * class): each opens a clause of its own, beyond the reach of a negation before it ("no plans
 * to stop selling it after the new one comes out": "comes out" is not negated).
 */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'until',
  'unless',
  'although',
  'though',
  'if',
  'once',
  // An embedded question: "did not know whether the two patients had been receiving the
  // drug" denies the knowing, not what is asked of.
  'whether',
]);

/**
 * English's verbs of ceasing and calling off (a closed class): what follows one ("stopped
 * selling", "ceased trading", "abandoned plans", "cancelled this summer's concert") no longer
 * happens.
 */
export const CEASING: ReadonlySet<string> = new Set([
  'stop',
  'cease',
  'quit',
  'halt',
  'discontinue',
  'cancel',
  'abandon',
  'scrap',
]);

/**
 * The verb of ceasing whose complement holds the word at `index` ("stop selling", "cancel this
 * summer's free concert", "stop offering A-level German to new students"): its index, or -1.
 * The complement runs to the end of the clause: punctuation, a subordinating conjunction or a
 * conjunction opening another verb ends it.
 */
export function ceasedBy(tokens: readonly Token[], index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = tokens[at]!;
    if (token.pos === 'VERB' && CEASING.has(lemmatize(token.normal))) return at;
    if (token.pos === 'PUNCT' || token.pos === 'SCONJ') return -1;
    const next = tokens[at + 1];
    if (token.pos === 'CCONJ' && (next?.pos === 'VERB' || next?.pos === 'AUX')) return -1;
  }
  return -1;
}

/**
 * True when the tagger's negation ("not", "no", "never" before it) reaches the token at
 * `index`: the tagger carries it to the end of the sentence; it stops at a comma, a
 * semicolon or a subordinating conjunction that opens another clause.
 */
export function inNegationScope(tokens: readonly Token[], index: number): boolean {
  if (!tokens[index]?.negated) return false;
  for (let at = index - 1; at >= 0 && tokens[at]!.negated; at -= 1) {
    const token = tokens[at]!;
    if (token.normal === ',' || token.normal === ';' || SUBORDINATORS.has(token.normal))
      return false;
    // "…prevent the activities that upset security at the border": a relative clause is a
    // clause of its own, which says something of the noun before it.
    if (
      RELATIVE_PRONOUNS.has(token.normal) &&
      ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '')
    )
      return false;
    // "no plans to stop selling it": a negated verb of ceasing negates the negation.
    if (token.pos === 'VERB' && CEASING.has(lemmatize(token.normal))) return false;
  }
  return true;
}
