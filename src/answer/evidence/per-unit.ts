/**
 * A price per unit: "£185 a night", "£3.50 a tonne", "£10 per household". English puts the unit
 * a figure is counted by right after it, with "a", "per" or "each": the figure is what one unit
 * costs, not what the whole came to ("a £240,000 refurbishment").
 */
import { FIGURE_ENTITIES, PER_WORDS, type Entity, type Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';

/** Words joining a figure to the other end of its range ("from £95 to £102.60 a week"). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'and', 'or', '-', '–']);

/**
 * The unit (a lemma) the figure at `entity` is counted by, or null when it has none; a range's
 * first figure shares its last one's ("from £95 to £102.60 a week").
 */
export function unitAfter(tokens: readonly Token[], entity: Entity): string | null {
  let at = entity.last + 1;
  if (RANGE_WORDS.has(tokens[at]?.normal ?? '')) {
    let end = at + 1;
    while (tokens[end]?.pos === 'SYM' || /\d/u.test(tokens[end]?.text ?? '')) end += 1;
    if (end > at + 1) at = end;
  }
  const per = tokens[at];
  const unit = tokens[at + 1];
  if (!per || !unit || !PER_WORDS.has(per.normal) || unit.pos !== 'NOUN') return null;
  return lemmatize(unit.normal);
}

/**
 * The words putting a rate's base after them (a closed class): "per 100,000 trips", "for every
 * 40 pupils". "Each" distributes a figure over a group instead ("24 boreholes, each 180 metres
 * deep"), and an article before a figure opens a compound ("a 2,000-seat arena").
 */
const RATE_BASE_WORDS: ReadonlySet<string> = new Set(['per', 'every']);

/**
 * "the injury rate per 100,000 trips", "one bus for every 40 pupils": a figure after "per" or
 * "every" is the base a rate is counted on, no count of its own.
 */
export function isRateBase(tokens: readonly Token[], entity: Entity): boolean {
  // "every Thursday" is how often, no base of a rate.
  if (!FIGURE_ENTITIES.has(entity.type)) return false;
  return RATE_BASE_WORDS.has(tokens[entity.first - 1]?.normal ?? '');
}

/**
 * The units a question asks a figure per: "How much is a room per night?" asks "night"; English
 * makes adjectives of frequency from units with "-ly" ("the weekly rent": "week"; "daily": "day").
 */
export function askedUnits(tokens: readonly Token[]): Set<string> {
  const units = new Set<string>();
  tokens.forEach((token, at) => {
    const next = tokens[at + 1];
    if (PER_WORDS.has(token.normal) && next?.pos === 'NOUN') units.add(lemmatize(next.normal));
    if (token.normal.endsWith('ly')) {
      units.add(token.normal.slice(0, -2));
      if (token.normal.endsWith('ily')) units.add(`${token.normal.slice(0, -3)}y`);
    }
  });
  return units;
}

/** English's words asking a whole amount (a closed class): "in total", "overall", "altogether". */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['total', 'overall', 'altogether']);

/**
 * True when the question asks the whole amount ("What did it cost the club in total to hire the
 * minibus?"): no figure per unit ("£2 per swimmer per trip") answers it.
 */
export function asksWhole(tokens: readonly Token[]): boolean {
  return tokens.some((token) => WHOLE_WORDS.has(token.normal));
}
