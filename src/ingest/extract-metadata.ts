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

/** "February 15th, 2022" or "15 February 2022" → "2022-02-15"; null when not a date. */
export function parseWrittenDate(text: string): string | null {
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

/** A leading `date 2024-04-30` stamp: its ISO date and the length it covers. */
export function matchDateStamp(line: string): { date: string; length: number } | null {
  const match = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\s*/iu.exec(line);
  return match?.[1] ? { date: match[1], length: match[0].length } : null;
}

/** "Published in Dawn, February 15th, 2022" → publisher and date. */
export function matchPublishedLine(
  line: string,
): { source: string | null; date: string | null } | null {
  const match = /^(?:Published|First published)(?:\s+in\s+([^,]+))?,?\s+(?:on\s+)?(.*)$/iu.exec(
    line.trim(),
  );
  if (!match) return null;
  const date = parseWrittenDate(match[2] ?? '');
  if (!date && !match[1]) return null;
  return { source: match[1]?.trim() ?? null, date };
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
  return /\b(tweets|tweet) (at )?@\w+/iu.test(line) && line.length < 300;
}

/** A byline such as "By Jane Roe, Staff Writer" (Markdown emphasis allowed). */
export function isByline(line: string): boolean {
  return (
    /^[*_]*[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\b.{0,60}$/u.test(line.trim()) &&
    line.length <= 100
  );
}

/** Markdown heading marks, emphasis and link syntax removed, for display. */
export function plainText(text: string): string {
  return text
    .replace(/^#{1,6}\s+/u, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]+?)(?<=\S)\1/gu, '$2')
    .trim();
}
