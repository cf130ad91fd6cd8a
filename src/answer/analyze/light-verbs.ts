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
  'perform',
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
    // "took over as director": a noun after "as" names the capacity the subject acts in, not
    // the event the verb carries.
    if (!BETWEEN.has(token.pos) || token.normal === 'as') return false;
  }
  return false;
}

/** Words of an object's noun phrase before its noun ("the launch ceremony", "a full inspection"). */
const OBJECT_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The light verbs that mean only "do" (a closed class): "performed the ceremony", "carried out
 * an inspection", "conducted the survey". The others keep a meaning of their own in many uses
 * ("took bribes", "took charge", "made a loss").
 */
const DOING_VERBS: ReadonlySet<string> = new Set(['do', 'perform', 'conduct', 'carry', 'undergo']);

/**
 * The verbs meaning only "do" that carry a noun after them ("Who performed the launch
 * ceremony?", "Who carried out the inspection?"), as lemmas: the noun names the event, and the
 * verb is no word to search for.
 */
export function lightVerbsCarrying(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token, at) => {
    if (token.pos !== 'VERB' || !DOING_VERBS.has(lemmatize(token.normal))) return [];
    // Its object, past its particle ("carried out an inspection"); after a preposition the
    // noun is no object ("performed at the festival").
    for (let next = at + 1; next < tokens.length && next - at <= REACH; next += 1) {
      const word = tokens[next]!;
      if (word.pos === 'NOUN') return [lemmatize(token.normal)];
      if (!OBJECT_MODIFIERS.has(word.pos) && word.normal !== 'out') return [];
    }
    return [];
  });
}
