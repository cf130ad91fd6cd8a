/**
 * The main clause of a sentence and what it denies: "With great regret, the Autumn Steam Gala
 * will not take place this year" denies the gala, "The nursery class did not run this year"
 * the class. English puts an opening phrase or subordinate clause before a comma, then the
 * main clause's subject and its verb.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Token } from '../analyze/parse-text.js';
import { openingCommaAt } from '../analyze/opening-clause.js';

/** Parts of speech that open a phrase or clause set before the main clause ("With great regret,", "If it rains,"). */
const OPENING: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'ADV']);

/** Where the main clause starts: after an opening phrase or subordinate clause and its comma. */
function mainClauseStart(tokens: readonly Token[]): number {
  return openingCommaAt(tokens, OPENING) + 1;
}

/** Parts of speech inside a verb group, between its auxiliary and its verb ("will not take"). */
const IN_VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

/**
 * The index of the main clause's verb, or -1: its first verb or auxiliary, carried on through
 * the verb group to the verb it helps ("will not take place"); an auxiliary no verb follows is
 * the verb ("had its busiest autumn", "were no other nominations").
 */
export function mainVerbAt(tokens: readonly Token[]): number {
  const start = mainClauseStart(tokens);
  const first = tokens.findIndex(
    (token, at) => at >= start && (token.pos === 'VERB' || token.pos === 'AUX'),
  );
  if (first < 0 || tokens[first]!.pos === 'VERB') return first;
  let at = first + 1;
  while (IN_VERB_GROUP.has(tokens[at]?.pos ?? '') && tokens[at]!.pos !== 'VERB') at += 1;
  return tokens[at]?.pos === 'VERB' ? at : first;
}

/** True when the main clause's verb is negated ("…will not take place", "Nobody was hurt"). */
export function mainClauseNegated(tokens: readonly Token[]): boolean {
  const verb = mainVerbAt(tokens);
  return verb >= 0 && tokens[verb]!.negated;
}

/** The lemmas of the main clause's subject: its words before the verb, auxiliaries left out. */
export function mainSubject(tokens: readonly Token[]): Set<string> {
  const verb = mainVerbAt(tokens);
  if (verb < 0) return new Set();
  return new Set(
    tokens
      .slice(mainClauseStart(tokens), verb)
      .filter((token) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(token.pos))
      .map((token) => lemmatize(token.normal)),
  );
}

/** Parts of speech of the noun phrase an existential "there" introduces, to its head. */
const IN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The head (lemma) of what an existential question asks exists ("Was there a nursery class at
 * the trial?": "class"), or null when the question is no "Is/Was there…?".
 */
export function existentialHead(tokens: readonly Token[]): string | null {
  if (tokens[0]?.pos !== 'AUX' || tokens[1]?.normal !== 'there') return null;
  let head: string | null = null;
  for (let at = 2; at < tokens.length && IN_PHRASE.has(tokens[at]!.pos); at += 1) {
    // A determiner after the head opens another phrase ("a Steam Gala this year").
    if (tokens[at]!.pos === 'DET' && head !== null) break;
    if (tokens[at]!.pos !== 'DET') head = lemmatize(tokens[at]!.normal);
  }
  return head;
}
