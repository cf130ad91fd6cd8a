/**
 * Recognises the metadata lines news pages carry (dates, publishers) so the
 * cleaner can lift them out of the article text.
 */

/** English month names, lower-cased, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "February 15th, 2022", "15 February 2022" or "2022-02-15" → "2022-02-15"; null when not a date. */
export function parseWrittenDate(text: string): string | null {
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(text);
  if (
    iso &&
    Number(iso[2]) >= 1 &&
    Number(iso[2]) <= 12 &&
    Number(iso[3]) >= 1 &&
    Number(iso[3]) <= 31
  )
    return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const monthFirst = /([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(text);
  const dayFirst = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})/u.exec(text);
  const parts = monthFirst
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] }
    : dayFirst
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] }
      : null;
  if (!parts?.month || !parts.day || !parts.year) return null;
  const monthIndex = MONTHS.findIndex((month) =>
    month.startsWith(parts.month!.toLowerCase().slice(0, 3)),
  );
  const day = Number(parts.day);
  if (monthIndex < 0 || day < 1 || day > 31) return null;
  return `${parts.year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A season's month in its year, as the meteorological seasons of the northern hemisphere count
 * them (English's season names, a closed class): a newsletter's "Summer 2024" issue is dated to
 * June 2024, its year what a question's year asks of; a winter, which runs from December into
 * the year it is named by, to that year's January ("Winter 2022 issue, published 17 January
 * 2022").
 */
const SEASON_MONTHS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 1,
};

/**
 * "March 2020", "Sept. 2021" → "2020-03", "2021-09"; "Summer 2024" → "2024-06": a month of a year, ISO 8601's reduced
 * precision, for a header that dates its text to the month only ("Issue 31 | April 2019").
 * The month's name is capitalised, as a date writes it: "may 2020" is no month.
 */
function monthsOfYears(text: string): string[] {
  const months: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\d])(\p{Lu}\p{Ll}+)\.?,?\s+(\d{4})(?!\d)/gu)) {
    const name = match[1]!.toLowerCase();
    const month = MONTHS.findIndex(
      (full) => full === name || (name.length >= 3 && full.startsWith(name) && name.length <= 4),
    );
    const season = SEASON_MONTHS[name];
    if (month >= 0) months.push(`${match[2]}-${String(month + 1).padStart(2, '0')}`);
    else if (season !== undefined) months.push(`${match[2]}-${String(season).padStart(2, '0')}`);
  }
  return months;
}

/**
 * The date a header line states, when it states one and only one: a day ("Held at the Railway
 * Tavern, on Tuesday 10 September 2019 at 7.45pm") or a month ("Issue 31 | April 2019",
 * "Published: March 2020") of a year, as "YYYY-MM-DD" or "YYYY-MM". A line with two dates
 * ("born 3 March 1934; died 17 November 2018") says when things happened, not which day the
 * text is of: null, as for a line with none.
 */
export function headerLineDate(line: string): string | null {
  const text = plainText(line);
  // Each date counted once by its month and year: "March 30, 2020" as "March 2020".
  const dates = [
    ...monthsOfYears(
      text.replace(/(\p{Lu}\p{Ll}+\.?)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?=\d{4}(?!\d))/gu, '$1 '),
    ),
    ...(text.match(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/gu) ?? []),
  ];
  if (dates.length !== 1) return null;
  return parseWrittenDate(text) ?? dates[0]!;
}

/** A leading `date 2024-04-30` stamp: its ISO date and the length it covers. */
export function matchDateStamp(line: string): { date: string; length: number } | null {
  const match = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\s*/iu.exec(line);
  return match?.[1] ? { date: match[1], length: match[0].length } : null;
}

/**
 * A piece of a line that dates a clause: a word in lower case, then a date ("born 3 March
 * 1934", "died 17 November 2018", "meeting held on 20 February 2023"), as a record says when
 * something happened; a header's date stands alone or after a name.
 */
export function datesClause(piece: string): boolean {
  return /^\p{Ll}/u.test(piece) && /\d/u.test(piece) && parseWrittenDate(piece) !== null;
}

/** "Published in Dawn, February 15th, 2022" → publisher and date. */
export function matchPublishedLine(
  line: string,
): { source: string | null; date: string | null } | null {
  const match = /^(?:Published|First published):?(?:\s+in\s+([^,]+))?,?\s+(?:on\s+)?(.*)$/iu.exec(
    line.trim(),
  );
  if (!match) return null;
  // "Published: April 2020": a month of a year dates it to the month.
  const date = parseWrittenDate(match[2] ?? '') ?? headerLineDate(match[2] ?? '');
  if (!date && !match[1]) return null;
  return { source: match[1]?.trim() ?? null, date };
}

/**
 * A short proper name on its own, as publications are printed under a headline
 * ("The Evening Post", "Marlowe & Finch Securities", "example.com"): every word
 * capitalised except short function words, or a web domain.
 */
function isPublicationName(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 5 || text.length > 60) return false;
  if (/^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(text)) return true;
  return (
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((word) => /^[\p{Lu}&]/u.test(word) || (word.length <= 3 && /^\p{Ll}+$/u.test(word)))
  );
}

/**
 * Words in lower case from which a piece holding a date is a clause, not a header's date
 * ("…held in public on Thursday 22 July 2021"); a header's date piece has at most two ("Last
 * updated on 5 June 2022").
 */
const SENTENCE_WORDS = 3;

/**
 * A header line naming the publication and/or the date, pieces joined by the
 * separators news pages use: "The Evening Post, Saturday 30 April 2022",
 * "Newswire | August 5, 2021", "Posted by A. Writer on 2 June 2023 · The Blog".
 * Bylines and other pieces are skipped; null when the line has neither.
 */
export function matchPublicationLine(
  line: string,
): { source: string | null; date: string | null } | null {
  const text = plainText(line);
  if (text.length > 160) return null;
  // "Present:", "Decisions:": a line ending in a colon introduces what follows it.
  if (text.endsWith(':')) return null;
  const date = parseWrittenDate(text);
  let source: string | null = null;
  const pieces = text.split(/\s+[|·•–—-]\s+|,\s+|\.\s+/u);
  const names: string[] = [];
  for (const [index, piece] of pieces.entries()) {
    // "Source: Gamewire | March 12, 2024": the label is not part of the name.
    const trimmed = piece
      .trim()
      .replace(/^source:\s*/iu, '')
      .replace(/[.:;]$/u, '');
    if (!trimmed || /^(by|posted|published|updated)\b/iu.test(trimmed)) continue;
    if (parseWrittenDate(trimmed)) {
      // "Minutes of the meeting … held in public on Thursday 22 July 2021, Boardroom": a date
      // inside a clause is a sentence's, not a header's piece.
      if ((trimmed.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) >= SENTENCE_WORDS) return null;
      // "Arthur Hartnell, baker, born 3 March 1934; died 17 November 2018": what someone did
      // then (the labels saying when a piece was put out, "Posted …", are left out above).
      if (datesClause(trimmed)) return null;
      continue;
    }
    // A labelled value ("Notes: Lise Kowalski", "Author: Dana Whitfield") is a fact or a
    // credit, not a publication's name.
    if (/^[^:]{1,30}:\s+\S/u.test(trimmed)) continue;
    // Undated, only a line that is the name, or opens with it before a bar or dash, names one.
    const opens =
      index === 0 &&
      (pieces.length === 1 ||
        /^\S+(\s+\S+)*\s+[|·•–—-]\s/u.test(text.slice(0, piece.trim().length + 3)));
    // A line in capitals alone is a heading ("FORMER PROCUREMENT CHIEF CHARGED"), not a name.
    const shouted = pieces.length === 1 && /\s/u.test(trimmed) && trimmed === trimmed.toUpperCase();
    // Undated, one word alone is a section's heading ("Summary", "Overview", "Membership"), and
    // a line ending in "!", "?" or "," a headline or a salutation ("Champion Ananya!", "Sir,").
    const heading = !date && (!/\s/u.test(trimmed) || /[!?,]$/u.test(trimmed));
    if (isPublicationName(trimmed) && (date || (opens && !shouted && !heading)))
      names.push(trimmed);
  }
  // "OPINION | The Reel Ledger | April 11, 2022": a one-word label in capitals is the section,
  // the name beside it the publication.
  const isSection = (name: string) => !/\s/u.test(name) && name === name.toUpperCase();
  source = names.find((name) => !isSection(name)) ?? names[0] ?? null;
  if (!date && !source) return null;
  return { source, date };
}

/**
 * The dateline that opens a news story: "OSLO, 8 March 2022 (Newswire) - …" (or "--"),
 * "AUSTIN, Texas, August 17, 2021 - …", "BRUSSELS - …": its date and the
 * agency in brackets, when given.
 */
export function matchDateline(
  paragraph: string,
): { source: string | null; date: string | null } | null {
  // "HOLLINS, Ohio – March 30, 2020 – …": a press release's place, then its date between dashes.
  const released =
    /^\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?(?:,\s+\p{Lu}[\p{L} .]{1,30}?)?\s+(?:--|[-–—])\s+([^–—\n]{6,30}?)\s+(?:--|[-–—])\s+\S/u.exec(
      paragraph,
    );
  const releaseDate = released ? parseWrittenDate(released[1]!) : null;
  if (releaseDate) return { source: null, date: releaseDate };
  const match =
    /^(\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?)(?:,\s+([^()\n]{4,40}?))?\s*(?:\(([^)\n]{2,40})\))?\s*(?:--|[-–—:])\s+\S/u.exec(
      paragraph,
    );
  if (!match) return null;
  const place = match[1]!;
  // "Texas, August 17, 2021": names and figures only; "on 3 May" is a sentence, not a dateline.
  if (match[2] && /(^|\s)\p{Ll}/u.test(match[2])) return null;
  const date = match[2] ? parseWrittenDate(match[2]) : null;
  // Without a date, only an upper-case place ("BRUSSELS -") is a dateline.
  if (!date && (place !== place.toUpperCase() || !/\p{Lu}{3}/u.test(place))) return null;
  if (match[2] && !date && !/^[\p{L} .]+$/u.test(match[2])) return null;
  return { source: match[3]?.trim() ?? null, date };
}

/** "Source: Al Jazeera" → "Al Jazeera". */
export function matchSourceLine(line: string): string | null {
  const match = /^Source:\s*(.{2,60})$/iu.exec(line.trim());
  return match?.[1]?.trim() ?? null;
}

/**
 * A desk credit, alone ("IRAN NEWS NATIONAL DESK") or leading the first
 * paragraph ("BW Monitoring Desk: …"): the publisher and the credit's length.
 */
export function matchDeskCredit(line: string): { source: string; length: number } | null {
  const match =
    /^\s*([\p{L}\d&.' ]{2,40}?)\s+(?:national\s+|foreign\s+|news\s+|monitoring\s+|web\s+)?desk\s*(?::\s*|$)/iu.exec(
      line,
    );
  if (!match?.[1]) return null;
  const source = match[1]
    .split(/\s+/u)
    .map((word) =>
      word.length <= 3 ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join(' ');
  return { source, length: match[0].length };
}

/** Section headers of the link lists that follow an article on news sites. */
export function isTrailerHeading(line: string): boolean {
  return /^(must read|opinion|editorial|related( stories| articles)?|read more|more from .*|recommended|trending|most popular|also read)$/iu.test(
    line.trim(),
  );
}

/** An author blurb such as "X is Al Jazeera’s correspondent… He tweets @x." */
export function isAuthorBlurb(line: string): boolean {
  // The pattern runs over every line of every article (≈ 0.3 s of a 100k build, before the
  // fit): only a short line with an "@" can match it.
  return line.length < 300 && line.includes('@') && /\b(tweets|tweet) (at )?@\w+/iu.test(line);
}

/** A byline such as "By Jane Roe, Staff Writer" (Markdown emphasis allowed). */
export function isByline(line: string): boolean {
  return (
    /^[*_]*[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\b.{0,60}$/u.test(line.trim()) &&
    line.length <= 100
  );
}

/** The characters `plainText` removes or reads as markup. */
const MARKUP = /[#[*_`]/u;

/** Markdown heading marks, emphasis and link syntax removed, for display. */
export function plainText(text: string): string {
  // Each replacement below needs one of these characters: a line without any (most of a
  // story's) is only trimmed, without four passes of the expressions over it.
  if (!MARKUP.test(text)) return text.trim();
  return (
    text
      .replace(/^#{1,6}\s+/u, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
      .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]+?)(?<=\S)\1/gu, '$2')
      // What is left of emphasis a sentence boundary split ("**The first game came out.",
      // a figure heading's "13.1 million**⏎Passengers…").
      .replace(/^(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)(?=[^\S\n]*(\n|$))/gu, '')
      .trim()
  );
}
