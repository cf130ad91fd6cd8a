/**
 * A table row kept as a paragraph ("| Anita Varga (Independent) | 18,412 | 48.9% |") states
 * its figures under the column names of the table's header row ("| Candidate | Votes | Share |"),
 * which ingestion drops as a heading: this finds them again in the article's file text, so a
 * row is read as its header says ("18,412" votes).
 */
import { yearGroupsIn, yearsIn } from '../analyze/find-constraints.js';

export interface TableColumns {
  /** The header row's cells, in order. */
  names: string[];
  /**
   * The table's caption: the short line right above it ("## Passengers by quarter (million)",
   * "Table 2: Results by segment"), which says what all its figures are; '' when none.
   */
  caption: string;
  /** The column names and the caption, as one text: what every row of the table states. */
  context: string;
  /** The column name of the cell holding the row's text from `offset` (relative to the row's start). */
  nameAt(offset: number): string | null;
}

/** A table line: starts and ends with a pipe. */
const TABLE_LINE = /^\s*\|.*\|\s*$/u;
/** The line under a header row: pipes, dashes and colons only. */
const SEPARATOR_LINE = /^\s*\|[\s|:-]*\|\s*$/u;

/**
 * The columns of the table holding the row that starts at `start` in `fileText`, or null when
 * the text there is no table data row (or its table has no header row).
 */
export function tableColumns(fileText: string, start: number): TableColumns | null {
  const lineStart = fileText.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = endOfLine(fileText, lineStart);
  const row = fileText.slice(lineStart, lineEnd);
  if (!TABLE_LINE.test(row) || SEPARATOR_LINE.test(row)) return null;
  // Walk up the table to its first line; the header is the line above the separator.
  let first = lineStart;
  while (first > 0) {
    const previousStart = fileText.lastIndexOf('\n', first - 2) + 1;
    const previous = fileText.slice(previousStart, first - 1);
    if (!TABLE_LINE.test(previous)) break;
    first = previousStart;
  }
  const header = fileText.slice(first, endOfLine(fileText, first));
  const separatorStart = endOfLine(fileText, first) + 1;
  const separator = fileText.slice(separatorStart, endOfLine(fileText, separatorStart));
  if (!SEPARATOR_LINE.test(separator) || first === lineStart || separatorStart === lineStart)
    return null;
  const names = cells(header);
  const caption = captionAbove(fileText, first);
  // The row's cell boundaries, as offsets from where `start` points in the row.
  const pipes: number[] = [];
  for (let at = row.indexOf('|'); at >= 0; at = row.indexOf('|', at + 1)) pipes.push(at);
  const shift = start - lineStart;
  return {
    names,
    caption,
    context: [caption, ...names].join(' ').trim(),
    nameAt(offset: number) {
      const at = offset + shift;
      const cell = pipes.findIndex((pipe, index) => pipe < at && at < (pipes[index + 1] ?? -1));
      return cell >= 0 ? (names[cell] ?? null) : null;
    },
  };
}

/**
 * Words a caption has at most: a longer line is a paragraph of the article, not a caption.
 * Set once, not tuned (a heading's length); the eval corpora's table captions have 2–5 words.
 */
const CAPTION_WORDS = 12;

/** A line marked as a heading: "#"s, or bold or emphasis around the whole of it ("**Sales by quarter**"). */
const HEADING_LINE = /^\s*(?:#+\s+\S.*|([*_]{1,2})[^*_].*\1)\s*$/u;

/**
 * The line above the table starting at `first`, skipping one blank line, when it is short; or,
 * when that line is a note longer than a caption ("Occupancy is rooms sold as a percentage of
 * rooms available…"), the heading right above the note ("**Group occupancy by quarter**"): the
 * heading, the note on what its figures measure, then the table.
 */
function captionAbove(fileText: string, first: number): string {
  const above = lineAbove(fileText, first);
  if (above === null) return '';
  const caption = captionOf(above.line);
  if (caption !== null || TABLE_LINE.test(above.line)) return caption ?? '';
  const heading = lineAbove(fileText, above.start);
  return heading !== null && HEADING_LINE.test(heading.line) ? (captionOf(heading.line) ?? '') : '';
}

/** The line ending right above offset `first`, one blank line skipped; null at the top. */
function lineAbove(fileText: string, first: number): { line: string; start: number } | null {
  let end = first - 1;
  // One blank line may separate a heading from its table.
  if (end > 0 && fileText[end - 1] === '\n') end -= 1;
  if (end <= 0) return null;
  const start = fileText.lastIndexOf('\n', end - 1) + 1;
  return { line: fileText.slice(start, end), start };
}

/** A line's text as a caption (marks dropped), or null when it is empty, a table's or too long. */
function captionOf(text: string): string | null {
  const line = text
    .replace(/^\s*#+\s*/u, '')
    .replace(/[*_`]/gu, '')
    .trim();
  if (line === '' || TABLE_LINE.test(line)) return null;
  return line.split(/\s+/u).length <= CAPTION_WORDS ? line : null;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The trimmed cells of a table line, without emphasis marks. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/gu, '')
    .split('|')
    .map((cell) => cell.replace(/[*_`]/gu, '').trim());
}

/**
 * Words a column's name has at most to be a year's column ("2023", "FY2023", "2023 (£m)"):
 * a longer name speaks of something else as well ("Change vs Q4 2020"). Set once, not tuned.
 */
const YEAR_COLUMN_WORDS = 2;

/**
 * The year a column's name makes it the column of ("2023", "FY2023", "2023 (£m)"), its figures
 * that year's; null for any other column.
 */
export function yearOfColumn(name: string): number | null {
  const words = name.split(/\s+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  if (words.length > YEAR_COLUMN_WORDS) return null;
  const year = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u.exec(name);
  return year ? Number(year[0]) : null;
}

/** The years the columns of a table row are named by ("| Measure | 2022 | 2023 |"); [] for none. */
export function columnYears(columns: TableColumns | null): number[] {
  return (columns?.names ?? []).flatMap(yearsOfColumn);
}

/**
 * Every year a year's column names: "2023/24 budget" is the column of the year 2023/24, both
 * its years (as a sentence writing "2023/24" states both); [] for any other column.
 */
export function yearsOfColumn(name: string): number[] {
  return yearOfColumn(name) === null ? [] : yearsIn(name);
}

/** The ranges of years the columns of a table row are named by ("| 2019–20 | 2020–21 |"); [] for none. */
export function columnYearRanges(columns: TableColumns | null): number[][] {
  return (columns?.names ?? []).flatMap((name) =>
    yearsOfColumn(name).length === 2 ? yearGroupsIn(name) : [],
  );
}
