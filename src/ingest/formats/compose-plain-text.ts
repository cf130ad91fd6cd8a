/**
 * Writes a converted document's canonical plain text: its metadata as lines
 * the cleaner recognises (title, byline, "Published in …"), then the
 * paragraphs separated by blank lines. Citations index this text.
 */

export interface PlainTextParts {
  title: string | null;
  author?: string | null;
  source: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  paragraphs: string[];
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** "2024-05-14" → "14 May 2024" (the written form the cleaner parses back). */
export function writtenDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** Collapses runs of whitespace inside a paragraph to single spaces. */
export function normalizeParagraph(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function composePlainText({
  title,
  author,
  source,
  date,
  paragraphs,
}: PlainTextParts): string {
  const header: string[] = [];
  if (title) header.push(normalizeParagraph(title));
  if (author) header.push(`By ${normalizeParagraph(author)}`);
  if (source && date)
    header.push(`Published in ${normalizeParagraph(source)}, ${writtenDate(date)}`);
  else if (date) header.push(`Published ${writtenDate(date)}`);
  else if (source) header.push(`Source: ${normalizeParagraph(source)}`);
  const body = paragraphs.map(normalizeParagraph).filter((paragraph) => paragraph !== '');
  return [header.join('\n'), ...body].filter((part) => part !== '').join('\n\n');
}

/** A leading "By Jane Roe, The Paper, 2 March 2024" line: its author, publisher and date. */
export function parseBylineLine(
  line: string,
): { author: string; source: string | null; date: string | null } | null {
  const match = /^By\s+([^,]{2,60})(?:,\s*([^,]{2,60}))?(?:,\s*(.+))?$/u.exec(line.trim());
  if (!match?.[1]) return null;
  return {
    author: match[1].trim(),
    source: match[2]?.trim() ?? null,
    date: match[3]?.trim() ?? null,
  };
}

/** An ISO date from a meta value ("2024-05-14T08:30:00Z", "D:20240302…"), or null. */
export function isoDateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/u.exec(value);
  return pdf ? `${pdf[1]}-${pdf[2]}-${pdf[3]}` : null;
}
