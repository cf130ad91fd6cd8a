/**
 * A figure closing a clause counts the noun heading the clause's subject when nothing follows
 * it to count: English puts the thing counted before a verb of amount and the amount after it
 * ("Skier days – the industry measure – reached 48,300", "Membership rose to 212", "The
 * number of entries was 340"), a change's measure or its starting point between them ("rose by
 * 4.3 per cent to 612,000", "grew from 402,000 in 2010 to 455,000"); a noun naming a quantity
 * ("Passenger numbers rose…") counts the noun before it.
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';

/** Tags of the words that may stand between a verb and its figure ("rose to", "stood at about"). */
const BEFORE_FIGURE: ReadonlySet<string> = new Set(['ADP', 'ADV', 'PART']);
/** Tags of a verb group's words ("has risen", "had already reached"). */
const VERB_GROUP: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'PART']);
/** Marks that set an aside off between a subject and its verb, each with the mark opening it. */
const ASIDE_OPENERS: ReadonlyMap<string, string> = new Map([
  [')', '('],
  ['–', '–'],
  ['—', '—'],
  [',', ','],
]);
const NOUN: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Tags of the words of a noun phrase after "of" ("of the Glen Ski Club"). */
const OF_OBJECT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET']);
/**
 * English's nouns that name the quantity of what the noun before them names, a closed class:
 * "passenger numbers", "visitor figures", "the membership total", "the bird count".
 */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'number',
  'numbers',
  'figure',
  'figures',
  'total',
  'totals',
  'count',
  'counts',
  'tally',
]);
/** Kinds of entity that may stand between a verb and its figure as a change's measure, its start or its time ("by 4.3 per cent", "from 402,000 in 2010"). */
const BETWEEN_ENTITIES: ReadonlySet<string> = new Set(['percent', 'number', 'date']);
/** Tags that say a figure is followed by what it counts or measures ("48,300 visitors"). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * True when `entity`, a figure with no noun after it, is the object of a verb whose subject's
 * head noun `counts` accepts (or the noun before an "of" phrase ending there); an aside set off by brackets, dashes or commas between the
 * subject and the verb is passed over.
 */
export function countsSubject(
  entity: Entity,
  parsed: ParsedText,
  counts: (word: string) => boolean,
): boolean {
  const { tokens } = parsed;
  if (NOUN_PHRASE.has(tokens[entity.last + 1]?.pos ?? '')) return false;
  let at = entity.first - 1;
  for (;;) {
    while (at >= 0 && BEFORE_FIGURE.has(tokens[at]!.pos)) at -= 1;
    const between = parsed.entities.find(
      (other) => other.last === at && BETWEEN_ENTITIES.has(other.type),
    );
    if (between === undefined) break;
    at = between.first - 1;
  }
  const verb = tokens[at];
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  while (at >= 0 && VERB_GROUP.has(tokens[at]!.pos)) at -= 1;
  const opener = ASIDE_OPENERS.get(tokens[at]?.text ?? '');
  if (opener !== undefined) {
    at -= 1;
    while (at >= 0 && tokens[at]!.text !== opener) at -= 1;
    at -= 1;
  }
  const head = tokens[at];
  if (head === undefined || !NOUN.has(head.pos)) return false;
  if (counts(head.normal)) return true;
  const before = tokens[at - 1];
  if (QUANTITY_NOUNS.has(head.normal) && before !== undefined && NOUN.has(before.pos))
    return counts(before.normal);
  // "Membership of the Glen Ski Club rose to 212": a subject's head comes before its "of"
  // phrase, whose last noun is the one before the verb.
  while (at >= 0 && OF_OBJECT.has(tokens[at]!.pos)) at -= 1;
  if (tokens[at]?.normal !== 'of') return false;
  const ofHead = tokens[at - 1];
  return ofHead !== undefined && NOUN.has(ofHead.pos) && counts(ofHead.normal);
}
