/**
 * The unit a figure is written in, when a question asks a measure: a length ("96 metres"), a
 * weight ("22.4 kilograms"), a speed ("38 knots", "24 miles per hour") or the size of a thing
 * in space ("11,000 square feet", "12 hectares"). What a unit measures is WordNet's (see
 * `unitDimensions`); the units of length are also known as written (`LENGTH_UNITS`), as they
 * were before WordNet was read for the others.
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import type { AnswerType } from '../analyze/question-types.js';
import { DIMENSIONS } from '../analyze/classify-question.js';
import { isDictionaryWord, lemmatize } from '../../text/tokenize.js';
import type { Dimension } from '../../text/wordnet.js';

/** What a unit measures in each of its senses (WordNet's; see `unitDimensions`). */
export type DimensionsOf = (lemma: string) => readonly Dimension[];

/** The answer types that are a measure, and what a unit answering each may measure. */
export const MEASURED_TYPES: ReadonlyMap<AnswerType, readonly Dimension[]> = new Map<
  AnswerType,
  readonly Dimension[]
>([
  ['length', ['length']],
  ['weight', ['weight']],
  ['speed', ['speed']],
  // "How big is the site?": an area, a volume or a length, whichever the text gives.
  ['size', ['area', 'volume', 'length']],
]);

/**
 * The units of length of the metric and imperial systems, singular or plural, either
 * spelling ("a span of 96 metres", "12 miles"): a noun a figure measures, not one it counts.
 */
const LENGTH_UNITS =
  /^(?:(?:kilo|centi|milli)?(?:metre|meter)s?|miles?|foot|feet|inch(?:es)?|yards?|nautical)$/u;

/** English's units of time a speed or a rate is reckoned in ("per hour", "150 metres a year"). */
const SPANS_OF_TIME: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'century',
]);

/**
 * True when WordNet reads `word` (as written, or its lemma, or without a plural "s": "lbs") as
 * a unit of one of `measures` in some sense.
 */
export function isUnitOf(
  word: string,
  measures: readonly Dimension[],
  dimensionsOf: DimensionsOf | undefined,
): boolean {
  if (dimensionsOf === undefined || word === '') return false;
  const lower = word.toLowerCase();
  const forms = new Set([lower, lemmatize(lower), lower.replace(/s$/u, '')]);
  return [...forms].some(
    (form) => form !== '' && dimensionsOf(form).some((found) => measures.includes(found)),
  );
}

/**
 * The unit written out after a figure, or '': for a length, a noun joined to it by a hyphen
 * ("a 1.2-kilometre bridge"), or one after a space that an adjective of extent follows ("31
 * metres tall", "40 feet high"), or a unit of length ("a span of 96 metres"); for the other
 * measures, a unit of one (WordNet's), of one word or two ("22.4 kilograms", "11,000 square
 * feet", "a 22,000-square-foot building"), or for a speed a length per unit of time ("24 miles
 * per hour"). A noun the figure merely counts ("the two countries", "30 people") is no unit.
 */
export function writtenUnit(
  parsed: ParsedText,
  entity: Entity,
  measures: readonly Dimension[],
  dimensionsOf: DimensionsOf | undefined,
): string {
  const tokens = parsed.tokens;
  let at = entity.last + 1;
  const hyphen = tokens[at]?.text === '-' && tokens[at]!.start === entity.end;
  if (hyphen) at += 1;
  const word = tokens[at];
  if (word === undefined || word.start - entity.end > 1) return '';
  const through = (token: Token) => parsed.text.slice(entity.end, token.end);
  // "square feet", "sq ft", "square-foot", "cubic metres": a unit of two words, WordNet's
  // as one ("square_foot").
  const joiner = tokens[at + 1]?.text === '-' ? 1 : 0;
  const second = tokens[at + 1 + joiner];
  if (
    second?.pos === 'NOUN' &&
    (joiner === 0 ||
      (tokens[at + 1]!.start === word.end && second.start === tokens[at + 1]!.end)) &&
    isUnitOf(`${word.normal}_${lemmatize(second.normal)}`, measures, dimensionsOf)
  )
    return through(second);
  if (word.pos !== 'NOUN') return '';
  if (measures.includes('length')) {
    // "31 metres tall", "18 kilometres long": an adjective of extent after it ("the two
    // countries new deepwater ports": another adjective says nothing).
    const extent = tokens[at + 1];
    const measuredBy =
      extent?.pos === 'ADJ' &&
      (DIMENSIONS.has(extent.normal) || ['long', 'high'].includes(extent.normal));
    if (
      (measures.length === 1 && hyphen) ||
      measuredBy ||
      LENGTH_UNITS.test(word.normal) ||
      isUnitOf(word.normal, ['length'], dimensionsOf)
    )
      return through(word);
  }
  if (isUnitOf(word.normal, measures, dimensionsOf)) return through(word);
  // "60 miles per hour", "150 metres a year": a length in a unit of time is a speed.
  const per = tokens[at + 1];
  const time = tokens[at + 2];
  if (
    measures.includes('speed') &&
    (LENGTH_UNITS.test(word.normal) || isUnitOf(word.normal, ['length'], dimensionsOf)) &&
    (per?.normal === 'per' || per?.normal === 'an' || per?.normal === 'a') &&
    time !== undefined &&
    SPANS_OF_TIME.has(lemmatize(time.normal))
  )
    return through(time);
  return '';
}

/**
 * True when a figure (`entity`) with the unit after it (`written` out, or `unit` as written or
 * glued on) is a measure of the type asked: a duration or a length with a short unit ("909km",
 * "15.2hh"; a length's is no dictionary word but one of length: "1,640 men" is none); a weight,
 * a speed or a size with a unit WordNet says is one of it ("38lb", "31 km/h"), and a weight
 * read as money by its unit ("weighed 143 pounds").
 */
export function measuredFigure(
  entity: Entity,
  answerType: AnswerType,
  written: string,
  unit: string,
  dimensionsOf: DimensionsOf | undefined,
): boolean {
  if (answerType === 'weight' && entity.type === 'money')
    return isUnitOf(entity.text.split(/\s+/u).at(-1) ?? '', ['weight'], dimensionsOf);
  const measures = MEASURED_TYPES.get(answerType);
  if ((answerType !== 'duration' && measures === undefined) || entity.type !== 'number')
    return false;
  if (written !== '') return true;
  if (measures !== undefined && answerType !== 'length')
    return /\d$/u.test(entity.text) && isUnitOf(unit.trim(), measures, dimensionsOf);
  const letters = /\d\s?(\p{L}{1,3})$/u.exec(entity.text + unit)?.[1] ?? null;
  return (
    letters !== null &&
    (answerType !== 'length' ||
      dimensionsOf === undefined ||
      !isDictionaryWord(letters.toLowerCase()) ||
      isUnitOf(letters, ['length'], dimensionsOf))
  );
}
