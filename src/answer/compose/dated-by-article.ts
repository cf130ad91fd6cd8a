/**
 * A date a news sentence gives relative to when it was written ("last week", "in February",
 * "April last year", "yesterday", "on Thursday"), read from its article's date, as a reader
 * of the article would: the short answer shows it beside the verbatim words. English's deictic
 * time words ("this", "last", "next", "yesterday", "today", "tomorrow") and month and weekday
 * names are general rules of the language; nothing here depends on a corpus.
 */
import { participleBeforeNoun, type Entity, type ParsedText } from '../analyze/parse-text.js';
import { MONTHS } from '../../ingest/extract-metadata.js';
import { DEICTIC, yearOfMonth } from '../analyze/find-relative-years.js';
import { FUTURE_AUXILIARIES } from './planned-only.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Days each deictic adverb of a day moves from the article's date. */
const DAY_ADVERBS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * True when the verb a date goes with (the nearest before it, else after it) is in the future
 * tense: "will meet on Thursday" is the next Thursday, "met on Thursday" the last.
 */
function inFuture(parsed: ParsedText, entity: Entity): boolean {
  const { tokens } = parsed;
  // A participle set before a noun modifies it ("a four-day working week"): no verb of a clause.
  const isVerb = (index: number) =>
    tokens[index]?.pos === 'VERB' && !participleBeforeNoun(tokens, index);
  let verb = -1;
  for (let index = entity.first - 1; index >= 0 && verb < 0; index -= 1)
    if (isVerb(index)) verb = index;
  for (let index = entity.last + 1; index < tokens.length && verb < 0; index += 1)
    if (isVerb(index)) verb = index;
  if (verb < 0) return false;
  // A weekday after a future auxiliary is the next such day.
  return [verb - 1, verb - 2, verb - 3].some((index) =>
    FUTURE_AUXILIARIES.has(tokens[index]?.normal ?? ''),
  );
}

/**
 * "on 31 March", "March 31st": a day of a month named without its year is in the last such
 * month up to the article's date (the next one, said in the future tense); null for any other
 * date with figures ("2019", "31 March 2023", "the 1990s").
 */
function dayOfMonth(
  words: readonly string[],
  parsed: ParsedText,
  entity: Entity,
  year: number,
  month: number,
  monthFirst: boolean,
): string | null {
  const named = words.map((word) => MONTHS.indexOf(word)).find((index) => index >= 0);
  const days = words.filter((word) => /^\d{1,2}(?:st|nd|rd|th)?$/u.test(word));
  if (named === undefined || days.length !== 1 || words.some((word) => /^\d{3,}$/u.test(word)))
    return null;
  const date = Number.parseInt(days[0]!, 10);
  if (date < 1 || date > 31) return null;
  const of = inFuture(parsed, entity)
    ? named >= month
      ? year
      : year + 1
    : yearOfMonth(named, year, month);
  return writtenDay(date, named, of, monthFirst);
}

function monthName(month: number): string {
  const name = MONTHS[month]!;
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * A day written as the article writes its dates: "22 May 2023", or "May 22, 2023" where it puts
 * the month first, as American English does.
 */
function dayText(date: Date, monthFirst: boolean): string {
  return writtenDay(date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear(), monthFirst);
}

function writtenDay(day: number, month: number, year: number, monthFirst: boolean): string {
  return monthFirst ? `${monthName(month)} ${day}, ${year}` : `${day} ${monthName(month)} ${year}`;
}

/** Dates a text writes with the day first ("22 May") and with the month first ("May 22"). */
const DAY_FIRST = new RegExp(
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS.join('|')})\b`,
  'giu',
);
const MONTH_FIRST = new RegExp(
  String.raw`\b(?:${MONTHS.join('|')})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
  'giu',
);

/**
 * True when a text writes more of its dates with the month first ("February 11", "May 22,
 * 2023") than with the day first: the order a date it implies is best shown in.
 */
export function writesMonthFirst(text: string): boolean {
  return (text.match(MONTH_FIRST)?.length ?? 0) > (text.match(DAY_FIRST)?.length ?? 0);
}

/**
 * What `entity` (a date without figures in `parsed`) means, read from `articleDate`
 * (YYYY-MM-DD): "April 2019", "22 April 2019", "the week before 22 April 2019"; null when it
 * states figures of its own, the article is undated, or its words are not deictic.
 */
export function datedByArticle(
  entity: Entity,
  parsed: ParsedText,
  articleDate: string | null,
  /** Whether the article writes its dates with the month first (`writesMonthFirst`). */
  monthFirst = false,
): string | null {
  if (entity.type !== 'date' || !articleDate) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(articleDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const written = new Date(Date.UTC(year, month, day));
  const words = parsed.tokens
    .slice(entity.first, entity.last + 1)
    .map((token) => token.normal.replace(/'s$/u, ''));
  if (/\d/u.test(entity.text)) return dayOfMonth(words, parsed, entity, year, month, monthFirst);
  const deictic = words.find((word) => DEICTIC[word] !== undefined);
  const shift = deictic === undefined ? undefined : DEICTIC[deictic]!;
  const named = words.map((word) => MONTHS.indexOf(word)).find((index) => index >= 0);
  if (named !== undefined) {
    // "April last year", "February next year": that month of the moved year.
    if (words.includes('year') && shift !== undefined) return `${monthName(named)} ${year + shift}`;
    if (shift !== undefined) return null;
    // "in February": the last February up to the article's date; "will open in March", the
    // next March from it.
    if (inFuture(parsed, entity)) return `${monthName(named)} ${named >= month ? year : year + 1}`;
    return `${monthName(named)} ${yearOfMonth(named, year, month)}`;
  }
  if (shift !== undefined && words.includes('year')) return String(year + shift);
  if (shift !== undefined && words.includes('month')) {
    const moved = new Date(Date.UTC(year, month + shift, 1));
    return `${monthName(moved.getUTCMonth())} ${moved.getUTCFullYear()}`;
  }
  if (shift !== undefined && words.includes('week'))
    return shift === 0
      ? `the week of ${dayText(written, monthFirst)}`
      : `the week ${shift < 0 ? 'before' : 'after'} ${dayText(written, monthFirst)}`;
  const adverb = words.find((word) => DAY_ADVERBS[word] !== undefined);
  if (adverb !== undefined)
    return dayText(new Date(written.getTime() + DAY_ADVERBS[adverb]! * 86_400_000), monthFirst);
  // "on Thursday" in a story of a Friday: the Thursday before it, or the day itself.
  const weekday = words.map((word) => WEEKDAYS.indexOf(word)).find((index) => index >= 0);
  if (weekday === undefined || words.length > 2) return null;
  if (inFuture(parsed, entity)) return null;
  const back = (written.getUTCDay() - weekday + 7) % 7;
  return dayText(new Date(written.getTime() - back * 86_400_000), monthFirst);
}
