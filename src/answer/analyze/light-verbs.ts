/**
 * English's light (support) verbs: verbs that add little meaning of their own and let the noun
 * after them name the event ("went on strike" states that they struck, "took a decision" that
 * they decided, "held a vote" that they voted). A closed class of English grammar, not any
 * corpus's wording.
 */
import type { Token } from './parse-text.js';
import { lemmatize } from '../../text/tokenize.js';

/** The light verbs, by lemma. */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'do',
  'give',
  'go',
  'have',
  'hold',
  'make',
  'stage',
  'take',
  'carry',
  'conduct',
  'undergo',
]);

/** Parts of speech between a light verb and its noun ("went on strike", "made a formal complaint", "carried out an inspection"). */
const BETWEEN: ReadonlySet<string> = new Set(['DET', 'ADP', 'ADJ', 'NUM', 'PART', 'ADV']);

/** Words a light verb may stand before its noun, at most. */
const REACH = 4;

/**
 * True when the noun at `at` is carried by a light verb before it: the noun then states its
 * event as a verb would ("Around 600 nurses went on strike" answers "Did the nurses strike?").
 */
export function carriedByLightVerb(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'NOUN') return false;
  for (let before = at - 1; before >= 0 && at - before <= REACH; before -= 1) {
    const token = tokens[before]!;
    if (token.pos === 'VERB' || token.pos === 'AUX')
      return LIGHT_VERBS.has(lemmatize(token.normal));
    if (!BETWEEN.has(token.pos)) return false;
  }
  return false;
}
