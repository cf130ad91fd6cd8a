/**
 * Constraints a question puts on its evidence: the years, quarters, names
 * and numbers it states. A question about 2019 is not answered from a
 * sentence about 2021.
 */
import { YEAR, type ParsedText } from './parse-text.js';
import type { Constraints } from './question-types.js';
import { MONTHS } from '../../ingest/extract-metadata.js';

const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** English's words for the decades of a century (a closed class), by their first year's last two digits. */
const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

/**
 * A decade: "the 1980s", "the '80s", "the (late) eighties". A decade word names a period only
 * after "the" ("in her eighties" is an age); its century is the latest whose decade had begun
 * by `now` ("the twenties" in 2026 are the 2020s, "the thirties" the 1930s).
 */
const DECADE = new RegExp(
  String.raw`\b(?:(1[89]\d|20\d)0s|the\s+(?:(?:early|mid|late)[-\s]+)?(?:['’](\d)0s|(${Object.keys(DECADE_WORDS).join('|')})))\b`,
  'giu',
);

/** The decades a text names, each as its ten years ("the late eighties" → 1980…1989). */
export function decadesIn(text: string, now?: number): number[][] {
  const decades: number[][] = [];
  for (const match of text.matchAll(DECADE)) {
    let first: number;
    if (match[1]) first = Number(match[1]) * 10;
    else {
      // The clock is read only for a decade written without its century (`yearsIn` runs on
      // every sentence weighed).
      const year = now ?? new Date().getFullYear();
      const tens = match[2] ? Number(match[2]) * 10 : DECADE_WORDS[match[3]!.toLowerCase()]!;
      const century = Math.floor(year / 100) * 100;
      first = century + tens <= year ? century + tens : century - 100 + tens;
    }
    const years = Array.from({ length: 10 }, (_, offset) => first + offset);
    if (!decades.some((known) => known[0] === first)) decades.push(years);
  }
  return decades;
}

/**
 * Years a bound reaches on its open side ("before 2023": 2022 back to 1973). A bound's years are
 * alternatives, as a decade's are; fifty is longer than any corpus's span of articles, not tuned.
 */
const BOUND_YEARS = 50;

/** How a group of years reads: "2021-22" as "2021-2022", a decade's ten as "the 1980s", a bound's "2022 or earlier". */
export function yearGroupLabel(group: readonly number[]): string {
  if (group.length === BOUND_YEARS)
    return `${group[0]} or ${group[1]! < group[0]! ? 'earlier' : 'later'}`;
  const decade =
    group.length === 10 &&
    group[0]! % 10 === 0 &&
    group.every((year, at) => year === group[0]! + at);
  return decade ? `the ${group[0]}s` : group.join('-');
}

/**
 * English's prepositions that bound a time on one side (a closed class): the years they
 * allow, given the year they govern ("before 2023": earlier years; "since 2019": that year
 * and later ones).
 */
const YEAR_BOUNDS: ReadonlyMap<string, (year: number) => number[]> = new Map([
  ['before', (year: number) => yearsFrom(year - 1, -1)],
  ['until', (year: number) => yearsFrom(year, -1)],
  ['till', (year: number) => yearsFrom(year, -1)],
  ['after', (year: number) => yearsFrom(year + 1, 1)],
  ['since', (year: number) => yearsFrom(year, 1)],
]);

/**
 * The year a bound group reaches up to, from its side ("before 2023" → 2023, "since 2019" →
 * 2019, as "after 2018" is): null for a group that is no bound.
 */
export function boundYear(group: readonly number[]): number | null {
  if (group.length !== BOUND_YEARS) return null;
  return group[1]! < group[0]! ? group[0]! + 1 : group[0]! - 1;
}

/**
 * The question's years with a span written "from 2012 to 2019" (or "until", "through") read as
 * one group of every year in it: "Which company was the race's title sponsor from 2012 to
 * 2019?" is met by a sentence of any of them, not one stating both. A comparison's two ends are
 * its sides, kept apart by the caller.
 */
export function withYearSpans(parsed: ParsedText, groups: number[][]): number[][] {
  const tokens = parsed.tokens;
  const single = (group: number[]) => (group.length === 1 ? group[0]! : null);
  for (let at = 0; at + 3 < tokens.length; at += 1) {
    if (tokens[at]!.normal !== 'from') continue;
    const first = tokens[at + 1]!;
    const to = tokens[at + 2]!;
    const last = tokens[at + 3]!;
    if (!YEAR.test(first.normal) || !YEAR.test(last.normal)) continue;
    if (!['to', 'until', 'till', 'through', '-', '–'].includes(to.normal)) continue;
    const start = Number(first.normal);
    const end = Number(last.normal);
    // Shorter than a bound's years, which its length tells apart (`yearGroupLabel`).
    if (end <= start || end - start + 1 >= BOUND_YEARS) continue;
    const ends = groups.filter((group) => single(group) === start || single(group) === end);
    if (ends.length !== 2) continue;
    const span = Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
    return [...groups.filter((group) => !ends.includes(group)), span];
  }
  return groups;
}

/** English's adverbs that leave a time open after its start ("from 2018 onwards"). */
const ONWARDS: ReadonlySet<string> = new Set(['onwards', 'onward', 'on']);

function yearsFrom(first: number, step: 1 | -1): number[] {
  return Array.from({ length: BOUND_YEARS }, (_, at) => first + at * step);
}

/**
 * The question's years, a year that a preposition of time bounds on one side read as the years
 * it allows ("Who managed the hotel before 2023?" is not answered by the 2023 appointment of
 * the next one). The year must be the preposition's object, not a modifier of a noun after it
 * ("after 2019's flood", "before the 2023 season" date an event, which the year then names).
 */
function askedYearGroups(parsed: ParsedText): number[][] {
  const groups = yearGroupsIn(parsed.text);
  const tokens = parsed.tokens;
  return groups.map((group) => {
    if (group.length !== 1) return group;
    const at = tokens.findIndex((token) => token.normal === String(group[0]));
    const next = tokens[at + 1];
    // "from 2018 onwards": a start with no end is a bound too.
    const onwards = tokens[at - 1]?.normal === 'from' && ONWARDS.has(next?.normal ?? '');
    const bound = onwards
      ? YEAR_BOUNDS.get('since')
      : YEAR_BOUNDS.get(tokens[at - 1]?.normal ?? '');
    const modifies =
      !onwards &&
      next !== undefined &&
      (['NOUN', 'PROPN', 'PART'].includes(next.pos) || /^['’]/u.test(next.text));
    return at > 0 && bound && !modifies ? bound(group[0]!) : group;
  });
}

/** The decade words of a text ("eighties"), which `decadesIn` reads as years, not words to search. */
export function decadeWords(text: string): string[] {
  return [...text.matchAll(DECADE)].flatMap((match) => (match[3] ? [match[3].toLowerCase()] : []));
}

/**
 * A year of the last centuries, and the end of a range it opens ("2023/24", "2019-20",
 * "2021–2022"); a fiscal year written "FY2024" is named by the calendar year it ends in.
 */
const YEAR_SOURCE = String.raw`(?:\b|(?<=\b[Ff][Yy] ?))(1[89]\d\d|2[01]\d\d)`;
/** A fiscal year written as one word ("FY2024", lower-cased by the tokenizer): a year, no name or word to search. */
export function isFiscalYearWord(word: string): boolean {
  return /^fy(?:1[89]|2[01])\d\d$/u.test(word);
}
const RANGE_END_SOURCE = String.raw`\s*[-–/]\s*(\d{2}|\d{4})`;
/** A year or a range of years, as a text writes it: the year, then the range's end when there is one. */
export const WRITTEN_YEARS = new RegExp(`${YEAR_SOURCE}(?:${RANGE_END_SOURCE})?\\b`, 'gu');
/** A year written as a range of two only ("2023/24", not "2023"). */
export const WRITTEN_YEAR_RANGE = new RegExp(`${YEAR_SOURCE}${RANGE_END_SOURCE}\\b`, 'gu');

/** Years a text states, each with its range partner ("2021-22" gives [2021, 2022]); a decade gives its ten. */
export function yearGroupsIn(text: string): number[][] {
  const groups: number[][] = [...decadesIn(text)];
  for (const match of text.matchAll(WRITTEN_YEARS)) {
    const first = Number(match[1]);
    const group = [first];
    if (match[2]) {
      const second =
        match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
      if (second > first && second - first <= 2) group.push(second);
    }
    if (!groups.some((known) => known.join() === group.join())) groups.push(group);
  }
  return groups;
}

/** The text with a season's short second year dropped ("2023-24" → "2023"): "24" is no figure. */
export function withoutSeasonEnds(text: string): string {
  return text.replace(/\b((?:1[89]|2[01])\d\d)\s*[-–/]\s*\d{2}\b/gu, '$1');
}

/** Years a text states, with "2021-22" and "2021/22" giving both years. */
/**
 * The years a date entity's figures give, of any century ("the siege of 1651", "the 1290s"):
 * the text is known to be a date, so a figure of four digits there is its year; `yearsIn`
 * reads years in any text, so only of the last centuries.
 */
export function yearsOfDate(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(1\d{3}|2[01]\d{2})(?!\d)/gu)].map((match) => Number(match[1]));
}

export function yearsIn(text: string): number[] {
  const years = new Set<number>(decadesIn(text).flat());
  for (const match of text.matchAll(WRITTEN_YEARS)) {
    const first = Number(match[1]);
    years.add(first);
    if (match[2]) {
      const second =
        match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
      if (second > first && second - first <= 2) years.add(second);
    }
  }
  return [...years];
}

/** Quarters of a year a text states: "Q2", "second quarter", "2Q". */
/** A month's name, in full or short ("Sep", "Sept"). */
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "July–September", "April to June": a range of months. */
const MONTH_RANGE = new RegExp(
  `\\b${MONTH_NAME}\\s*(?:[-–—]|to|through)\\s*${MONTH_NAME}\\b`,
  'giu',
);
/** "the three months to 30 September", "the quarter ended 31 March": a quarter by its last day. */
const QUARTER_ENDING = new RegExp(
  `\\b(?:three months|quarter) (?:to|ended|ending)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}\\b`,
  'giu',
);
const monthIndex = (name: string) =>
  MONTHS.findIndex((month) => month.startsWith(name.slice(0, 3).toLowerCase()));

/**
 * The quarter a range of months names: three months from a quarter's first ("July–September":
 * the third); null for any other range ("May to July").
 */
function quarterOfRange(from: string, to: string): number | null {
  const first = monthIndex(from);
  return first % 3 === 0 && monthIndex(to) === first + 2 ? first / 3 + 1 : null;
}

/** The month words of a text's ranges naming a quarter ("July–September"), read as it, not words to search. */
export function quarterMonthWords(text: string): string[] {
  return [...text.matchAll(MONTH_RANGE)].flatMap((match) =>
    quarterOfRange(match[1]!, match[2]!) === null
      ? []
      : [match[1]!.toLowerCase(), match[2]!.toLowerCase()],
  );
}

export function quartersIn(text: string): number[] {
  const quarters = new Set<number>();
  for (const match of text.matchAll(MONTH_RANGE)) {
    const quarter = quarterOfRange(match[1]!, match[2]!);
    if (quarter !== null) quarters.add(quarter);
  }
  for (const match of text.matchAll(QUARTER_ENDING)) {
    const last = monthIndex(match[1]!);
    if (last % 3 === 2) quarters.add((last + 1) / 3);
  }
  for (const match of text.matchAll(/\bQ([1-4])\b|\b([1-4])Q\b/giu))
    quarters.add(Number(match[1] ?? match[2]));
  for (const match of text.matchAll(/\b(first|second|third|fourth)[-\s]quarter\b/giu))
    quarters.add(ORDINAL_QUARTERS[match[1]!.toLowerCase()]!);
  // "The last quarter of 2019", "the final quarter of the year": a year's last is its fourth
  // ("last quarter" alone is the one before now, of no year).
  if (/\b(?:last|final)[-\s]quarter\s+of\b/iu.test(text)) quarters.add(4);
  return [...quarters];
}

/** Lower-cased words of a name, without possessive endings. */
export function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.filter(
    (word, index) =>
      (word.length > 1 ||
        /\p{N}/u.test(word) ||
        // A letter ending a name after a word is which one of its kind it names ("Series B",
        // "Terminal A", "Vitamin D"); an initial stands before the surname ("John F. Kennedy").
        (index === words.length - 1 && index > 0 && words[index - 1]!.length > 1)) &&
      word !== 'of' &&
      word !== 'the',
  );
}

export function findConstraints(
  parsed: ParsedText,
  { skipNames = [] as string[][] } = {},
): Constraints {
  const text = parsed.text;
  const names = parsed.entities
    .filter((entity) => entity.type === 'name')
    .map((entity) => nameWords(entity.text))
    .filter((words) => words.length > 0)
    // A quarter ("Q2") is a constraint of its own kind, not a name.
    .filter((words) => !(words.length === 1 && /^q[1-4]$/u.test(words[0]!)))
    // …nor is a fiscal year ("FY2024"), a year read above.
    .filter((words) => !(words.length === 1 && isFiscalYearWord(words[0]!)))
    .filter((words) => !skipNames.some((skip) => skip.join(' ') === words.join(' ')));
  const covering = parsed.entities.filter((entity) =>
    ['date', 'year', 'name', 'time'].includes(entity.type),
  );
  const numbers = parsed.entities
    .filter(
      (entity) => entity.type === 'number' || entity.type === 'money' || entity.type === 'percent',
    )
    .filter(
      (entity) => !covering.some((other) => other.start <= entity.start && entity.end <= other.end),
    )
    .map((entity) =>
      /[\d]/u.exec(entity.text)
        ? entity.text.replace(/^[^\d]+|[^\d]+$/gu, '').replace(/,/gu, '')
        : '',
    )
    // "2024/25": a year written as a range of two is a year, read above.
    .filter(
      (digits) => /\d/u.test(digits) && !YEAR.test(digits) && yearGroupsIn(digits).length === 0,
    );
  // "The 4-0 win", "a 3–1 defeat": a score or range asked is stated as such.
  const ranges = parsed.entities
    .filter((entity) => entity.type === 'range' && yearGroupsIn(entity.text).length === 0)
    .map((entity) => entity.text.replace(/\s*[-–—]\s*/gu, '-'));
  // "Season four", "game three": a number word after a noun names which one, like a digit.
  const labels = parsed.entities
    .filter((entity) => entity.type === 'number' && !/\d/u.test(entity.text))
    .filter((entity) => {
      const before = parsed.tokens[entity.first - 1];
      const after = parsed.tokens[entity.last + 1];
      return (
        before !== undefined &&
        ['NOUN', 'PROPN', 'VERB'].includes(before.pos) &&
        !['NOUN', 'ADJ', 'PROPN'].includes(after?.pos ?? '')
      );
    })
    .map((entity) => NUMBER_WORDS.indexOf(entity.text.toLowerCase()))
    .filter((value) => value >= 2)
    .map(String);
  // "Castrelle's third runway", "the second walkout": an ordinal before a noun says which one,
  // as a figure does ("first" is left out: "the first woman to…", "first buy" rarely mean the
  // count). One of a quarter or half is the quarter's, read above.
  const ordinals = parsed.tokens
    .filter((token, index) => {
      const next = parsed.tokens[index + 1];
      return (
        ORDINAL_WORDS.indexOf(token.normal) >= 2 &&
        ['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '') &&
        !DIVISIONS.has(next?.normal ?? '')
      );
    })
    .map((token) => String(ORDINAL_WORDS.indexOf(token.normal)));
  return {
    years: askedYearGroups(parsed),
    quarters: quartersIn(text),
    names,
    numbers: [...new Set([...numbers, ...labels, ...ranges, ...ordinals])],
  };
}

/** Parts of a year an ordinal counts ("second quarter", "first half"): quarters are read of their own. */
const DIVISIONS: ReadonlySet<string> = new Set(['quarter', 'half']);

/** English number words by value ("one" is left out as a constraint: it is usually a pronoun). */
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** The value of an English ordinal word ("first" → 1, "second" → 2); null for any other word. */
export function ordinalValue(word: string): number | null {
  const value = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return value >= 1 ? value : null;
}

/** The value of a count written in digits or as an English number word ("3", "three"); null for any other word. */
export function countValue(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  const value = NUMBER_WORDS.indexOf(word.toLowerCase());
  return value >= 0 ? value : null;
}

/**
 * Whether a text (thousands separators removed) states a number asked: a small one as a
 * whole word, in digits, words or as its ordinal ("4", "four", "fourth"); a larger one anywhere.
 */
export function statesNumber(text: string, number: string): boolean {
  const value = Number(number);
  if (!Number.isInteger(value) || value > 20) return text.includes(number);
  const forms = [number, NUMBER_WORDS[value]!, ORDINAL_WORDS[value]!];
  return new RegExp(`(?<![\\p{L}\\p{N}.])(${forms.join('|')})(?![\\p{L}\\p{N}]|\\.\\d)`, 'iu').test(
    text,
  );
}
