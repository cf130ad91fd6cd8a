/**
 * Years a follow-up moves by relative to the one before it: "a year later",
 * "two seasons earlier", "the following season", "the previous year". These
 * are general English time expressions: a count of years (or seasons, which
 * span years) with a direction word, or a year named by its order.
 */
import type { ParsedText } from './parse-text.js';

/** Nouns a count of which moves the year. */
const YEAR_NOUNS = new Set(['year', 'years', 'season', 'seasons']);
/** Direction words after a span of time, and their sign. */
const AFTER_SPAN: Record<string, number> = { later: 1, after: 1, on: 1, earlier: -1, before: -1 };
/** Order words before "year"/"season", and their shift. */
const ORDER: Record<string, number> = {
  following: 1,
  next: 1,
  subsequent: 1,
  previous: -1,
  preceding: -1,
  prior: -1,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

/** Nouns of a span of the calendar that "the same" keeps from the question before ("the same quarter"). */
const KEPT_NOUNS = new Set(['year', 'season', 'quarter', 'month']);

/** Nouns a count of which moves the quarter. */
const QUARTER_NOUNS = new Set(['quarter', 'quarters']);

/**
 * The phrase moving the year (or, with QUARTER_NOUNS, the quarter): its shift and the words
 * that say it ("the following year", "the quarter before").
 */
function relativePhrase(
  parsed: ParsedText,
  nouns: ReadonlySet<string> = YEAR_NOUNS,
): { shift: number; words: string[] } | null {
  const tokens = parsed.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    // "What about the same quarter in 2021?": the time the previous question asked, kept.
    if (
      nouns === YEAR_NOUNS &&
      tokens[index - 1]?.normal === 'same' &&
      KEPT_NOUNS.has(token.normal)
    )
      return { shift: 0, words: ['same', token.normal] };
    if (!nouns.has(token.normal)) continue;
    const before = tokens[index - 1]?.normal ?? '';
    const after = tokens[index + 1]?.normal ?? '';
    // "the following season", "the previous year"
    if (ORDER[before] !== undefined)
      return { shift: ORDER[before]!, words: [before, token.normal] };
    // "a year later", "two seasons earlier", "the season after"
    const direction = AFTER_SPAN[after];
    if (direction === undefined) continue;
    const count = NUMBER_WORDS[before] ?? (/^\d$/u.test(before) ? Number(before) : null);
    if (count !== null) return { shift: direction * count, words: [before, token.normal, after] };
    if (before === 'the') return { shift: direction, words: [token.normal, after] };
  }
  return null;
}

/**
 * How many quarters the question moves from the previous one's ("And the quarter before
 * that?", "the following quarter", "two quarters later"); 0 when it does not.
 */
export function relativeQuarterShift(parsed: ParsedText): number {
  return relativePhrase(parsed, QUARTER_NOUNS)?.shift ?? 0;
}

/** The words of the phrase moving the quarter: a time, not words to search for. */
export function relativeQuarterWords(parsed: ParsedText): string[] {
  return relativePhrase(parsed, QUARTER_NOUNS)?.words ?? [];
}

/**
 * One quarter of one year moved by `shift` quarters, across years ("the quarter before" Q1
 * 2023 is Q4 2022); null unless exactly one quarter of one year is given.
 */
export function shiftQuarter(
  years: readonly (readonly number[])[],
  quarters: readonly number[],
  shift: number,
): { years: number[][]; quarters: number[] } | null {
  const year = years.length === 1 && years[0]!.length === 1 ? years[0]![0]! : null;
  if (shift === 0 || year === null || quarters.length !== 1) return null;
  const index = year * 4 + quarters[0]! - 1 + shift;
  return { years: [[Math.floor(index / 4)]], quarters: [(index % 4) + 1] };
}

/** How many years the question moves from the previous one's; 0 when it does not. */
export function relativeYearShift(parsed: ParsedText): number {
  return relativePhrase(parsed)?.shift ?? 0;
}

/**
 * The words of the phrase moving the year ("following", "year"): a time the follow-up is
 * asked at, read as years, not words to search for.
 */
export function relativeYearWords(parsed: ParsedText): string[] {
  return relativePhrase(parsed)?.words ?? [];
}

/** English's prepositions that place an event in time against another (a closed class). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'during',
  'until',
  'since',
]);

/**
 * True when the follow-up dates itself against an event of its own ("And before the fire?"): a
 * preposition of time governing a noun other than a count of years, so the previous question's
 * years do not carry to it.
 */
export function datesByEvent(parsed: ParsedText): boolean {
  const tokens = parsed.tokens;
  return tokens.some((token, at) => {
    if (token.pos !== 'ADP' || !TIME_PREPOSITIONS.has(token.normal)) return false;
    let next = at + 1;
    while (tokens[next]?.pos === 'DET' || tokens[next]?.pos === 'ADJ') next += 1;
    const noun = tokens[next];
    return noun !== undefined && noun.pos === 'NOUN' && !YEAR_NOUNS.has(noun.normal);
  });
}

/** The year groups moved by `shift` ("2021-22" one season on is "2022-23"). */
export function shiftYears(groups: number[][], shift: number): number[][] {
  return shift === 0 ? groups : groups.map((group) => group.map((year) => year + shift));
}

/**
 * Years a text's deictic time expressions mean, read from the article's year: "this summer",
 * "earlier this month" mean the article's year; "last year" the one before it, "next year" the
 * one after. Only expressions with a deictic determiner ("this", "last", "next") count — "on
 * Thursday" after a figure for 2019 is when it was said — and none that follows a verb of
 * reporting ("the commission confirmed this week"). Expressions with figures are stated years.
 */
export function deicticYears(
  parsed: ParsedText,
  articleYear: number,
  reporting: ReadonlySet<string>,
  /** Only those naming a year ("last year", "next season"), not a week or a month. */
  yearNounsOnly = false,
): number[] {
  const years: number[] = [];
  for (const entity of parsed.entities) {
    if (entity.type !== 'date' || /\d/u.test(entity.text)) continue;
    const words = parsed.tokens.slice(entity.first, entity.last + 1).map((token) => token.normal);
    const deictic = words.find((word) => DEICTIC[word] !== undefined);
    if (deictic === undefined) continue;
    const reported = parsed.tokens
      .slice(Math.max(0, entity.first - 2), entity.first)
      .some((token) => token.pos === 'VERB' && reporting.has(token.lemma));
    if (reported) continue;
    // "last year" moves the year; "last week" stays in the article's.
    const moves = words.some((word) => YEAR_NOUNS.has(word));
    if (yearNounsOnly && !moves) continue;
    years.push(articleYear + (moves ? DEICTIC[deictic]! : 0));
  }
  return years;
}

/** English's deictic determiners of time and how many years (or months, weeks) each moves its noun. */
export const DEICTIC: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

/**
 * The year of a month named without one ("in February"), read from a text written in
 * `writtenMonth` (0–11) of `writtenYear`: the last such month up to then.
 */
export function yearOfMonth(month: number, writtenYear: number, writtenMonth: number): number {
  return month <= writtenMonth ? writtenYear : writtenYear - 1;
}
