/**
 * Turns a raw news file into the article: lifts out title, date and
 * publisher, drops web boilerplate, and keeps every kept paragraph as a span
 * of the original text so offsets always point back into the file.
 */
import type { Span } from './document-types.js';
import {
  isAuthorBlurb,
  isByline,
  datesClause,
  headerLineDate,
  parseWrittenDate,
  plainText,
  isTrailerHeading,
  matchDateStamp,
  matchDateline,
  matchDeskCredit,
  matchPublicationLine,
  matchPublishedLine,
  matchSourceLine,
} from './extract-metadata.js';
import { contentTokens, lemmatize } from '../text/tokenize.js';
import { dropRepeatedLines } from './drop-repeated-lines.js';
import { joinParagraphs } from './map-clean-offset.js';
import { signatureName } from '../text/signature.js';

export interface CleanedDocument {
  title: string;
  date: string | null;
  source: string | null;
  /** Kept paragraphs, in order, as spans of the original text. */
  paragraphs: Span[];
  /** Lines stating date, publisher or author ("Published in Dawn, …"), quotable as evidence. */
  metadata: Span[];
  /** Kept paragraphs joined by blank lines. */
  cleanText: string;
}

interface Line extends Span {
  text: string;
}

function splitLines(fileText: string): Line[] {
  const lines: Line[] = [];
  let position = 0;
  for (const raw of fileText.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) lines.push({ start: position + lead, end: position + lead + text.length, text });
    position += raw.length + 1;
  }
  return lines;
}

/** True when a blank line stands between two lines (or more than a line break). */
function blankLineBetween(fileText: string, before: Span, line: Span): boolean {
  return /\n[^\S\n]*\n/u.test(fileText.slice(before.end, line.start));
}

/** True when `line` is right under `before`: one line break between, not a blank line (spaces on it or not). */
function rightUnder(fileText: string, before: Span, line: Span): boolean {
  return fileText.slice(before.end, line.start).split('\n').length === 2;
}

/** Words at most of a figure heading's value ("13.1 million", "18 June", "€30"). */
const FIGURE_HEADING_WORDS = 3;

/**
 * A heading that is only a figure, after its list number and emphasis ("**3. 13.1 million**",
 * "**8. 18 June**"): in a "by the numbers" piece or a stat box it is the value the line right
 * under it describes ("Passengers carried by Brisa Air, up from…"), not a heading to drop.
 */
function isFigureHeading(text: string): boolean {
  const value = plainText(text).replace(/^\d{1,2}[.)]\s+/u, '');
  return (
    /\d/u.test(value) &&
    !/[.!?:;]$/u.test(value) &&
    value.split(/\s+/u).length <= FIGURE_HEADING_WORDS
  );
}

/**
 * The lines with each figure heading joined to the line right under it (no blank line
 * between): one paragraph, the figure first.
 */
function joinFigureHeadings(fileText: string, lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const next = lines[index + 1];
    const adjacent = next !== undefined && rightUnder(fileText, line, next);
    if (next && adjacent && isFigureHeading(line.text) && isBodyLine(next.text)) {
      joined.push({ start: line.start, end: next.end, text: fileText.slice(line.start, next.end) });
      index += 1;
    } else joined.push(line);
  }
  return joined;
}

/** A first-level Markdown heading: the title by its markup ("# Product sync — 4 March 2025"). */
const MARKDOWN_TITLE = /^#\s/u;

/**
 * Short lines in lower and upper case at the head of a file read as its headline, a kicker and
 * a standfirst at most (labels in capitals and labelled lines aside: "PRESS RELEASE",
 * "Contact: …"): a longer run is content, as a concert programme lists its works and players
 * ("Daniel Okafor conductor", "Clara Benedek violin") above the notes. Set once, not tuned.
 */
const MAX_LEADING = 3;

/** Fewer words than this make a label ("LUMENSTREAM NEWSROOM"), not a headline, when a longer line is there. */
const MIN_HEADLINE_WORDS = 4;

/** A line opening with a list's bullet or number ("- ", "• ", "2. "). */
const LIST_ITEM = /^([-*•+]|\d{1,2}[.)])\s+\S/u;

/** Short line without closing punctuation: a headline or sub-heading. */
function isHeading(text: string): boolean {
  // Emphasis is not punctuation: "**Where do you stand?**" is a sentence.
  const plain = plainText(text);
  return plain.length <= 160 && !/[.!?…:;"”]$/u.test(plain) && plain.split(/\s+/u).length <= 20;
}

/**
 * A line as short as a heading that states a fact of the article: a list item ("- PC",
 * "3. Brine (spring)"), a labelled or dated value ("Score: 8/10", "**Champions:** Brackenridge
 * United, 88 points", "19 November 2021: jury verdicts") or a table row. Kept as a paragraph of its own, not dropped as a
 * heading; a label that heads a site's link list ("Read more: …") is not a fact.
 */
function isFactLine(text: string): boolean {
  const line = text.replace(/^#{1,6}\s+/u, '');
  if (/^([-*•+]|\d{1,2}[.)])\s+\S/u.test(line)) return true;
  if (/^\|.*\|$/u.test(line)) return !/^\|[\s|:-]*\|$/u.test(line);
  // A line in capitals is a heading, colon or not ("FERNCLIFF PRIMARY: HAVE YOUR SAY").
  if (!/\p{Ll}/u.test(line)) return false;
  if (isDatedRecord(line)) return true;
  const labelled = /^[*_]*([\p{Lu}\d][^:]{0,60}?):[*_]*\s+(\S.*)$/u.exec(line);
  const label = labelled?.[1];
  if (label === undefined || isTrailerHeading(label)) return false;
  // A longer label ("Total merit badges earned in 2024: 231", "Average takings per market day:
  // £710") is a fact's when its value is a figure.
  const words = label.split(/\s+/u).length;
  return words <= 4 || (words <= FIGURE_LABEL_WORDS && /\d/u.test(labelled![2]!));
}

/** Words at most of the label of a labelled figure ("Total merit badges earned in 2024: 231"); set once, not tuned. */
const FIGURE_LABEL_WORDS = 8;

/**
 * "**Arthur Hartnell, baker, born 3 March 1934; died 17 November 2018**": a date after a word in
 * lower case says when something happened, as a record does; a headline names no such day.
 */
function isDatedRecord(text: string): boolean {
  return plainText(text)
    .split(/[,;]\s+/u)
    .some(datesClause);
}

/**
 * "Present: Marian Coyle (Chair, MC), Owain Prothero (Vice-chair, OP), Sandra Kilby": a label
 * and three or more items after it, separated by commas outside brackets.
 */
function isLabelledList(text: string): boolean {
  const plain = plainText(text);
  const value = plain.slice(plain.indexOf(':') + 1);
  const items = value.replace(/\([^()]*\)/gu, '').split(',');
  return items.length >= 3 && items.every((item) => item.trim() !== '');
}

/**
 * A credit line: a past participle and "by" in its first words ("Recorded by: …", "Minutes
 * taken by …", "Issued by …", "Compiled by …"), English's formula for who made a text.
 */
function isCredit(text: string): boolean {
  return /^[*_]*(?:\p{L}+\s+){0,2}\p{L}+(?:ed|en)\s+by\b/iu.test(plainText(text));
}

/** Words at most of a labelled figure that starts a story ("Rating: 3.5 out of 5 stars"). */
const LABELLED_FIGURE_WORDS = 8;

/** The separators a header line joins its pieces with ("Monday 1 May 2023 | Millbrook Lane"). */
const HEADER_PIECE = /\s[|·•–—]\s+/gu;

/**
 * The header line's last piece when it is a labelled figure ("Attendance: 1,876" of "Monday 1
 * May 2023 | Millbrook Lane | Attendance: 1,876"), as a line of its own, with where the credit
 * before it ends (its separator left out); null otherwise.
 */
function labelledFigurePiece(line: Line): { piece: Line; creditEnd: number } | null {
  const last = [...line.text.matchAll(HEADER_PIECE)].at(-1);
  if (last === undefined) return null;
  const offset = last.index + last[0].length;
  const text = line.text.slice(offset);
  // A label, a colon, a figure ("posted 8 May 2024 by Nell Ambrose" credits the piece).
  if (
    !/^\p{Lu}[^:]*:\s+\S/u.test(text) ||
    !isFactLine(text) ||
    !/\d/u.test(text) ||
    text.split(/\s+/u).length > LABELLED_FIGURE_WORDS
  )
    return null;
  return {
    piece: { start: line.start + offset, end: line.end, text },
    creditEnd: line.start + last.index,
  };
}

/** Where a kept fact line's text starts: after its heading marks and list bullet. */
function factStart(line: Line): Line {
  const marks = /^(#{1,6}\s+)?([-*•+]\s+)?/u.exec(line.text)?.[0].length ?? 0;
  return marks === 0
    ? line
    : { start: line.start + marks, end: line.end, text: line.text.slice(marks) };
}

/**
 * The starts of the lines a label introduces ("Present:" then "Sir David Pell (Chair)" on the
 * next line): the lines right under a line ending in a colon, up to the next blank line, are
 * the items it announces, facts of the story however short, not headings.
 */
function listedLines(fileText: string, lines: readonly Line[]): Set<number> {
  const listed = new Set<number>();
  let open = false;
  lines.forEach((line, index) => {
    const before = lines[index - 1];
    const unbroken = before !== undefined && !blankLineBetween(fileText, before, line);
    if (open && unbroken) listed.add(line.start);
    else open = false;
    if (plainText(line.text).endsWith(':')) open = true;
  });
  return listed;
}

/** Words at most of a valediction ("With my warmest thanks and very best wishes,", "Yours sincerely,"). */
const VALEDICTION_WORDS = 10;

/**
 * The starts of the lines that sign a passage off, kept as facts of record (who wrote it, in
 * what role) instead of being dropped as headings:
 * - the lines under a valediction (a short line ending in a comma after the story, "With best
 *   wishes,"), a blank line between or not, up to the next blank line: the signer's name and
 *   role;
 * - a name with its role on a line of its own that ends a section (the story right before it,
 *   a heading or the end of the file after it): "Geoffrey Hartley, Chairman" under a
 *   newsletter's column, or a name alone over its role or address ("Patricia Odell" over
 *   "Bridge Street, Carnford") under a letter. A heading of the same shape has the story after
 *   it.
 */
function signedLines(fileText: string, lines: readonly Line[]): Set<number> {
  const signed = new Set<number>();
  const unbroken = (before: Line, line: Line) => !blankLineBetween(fileText, before, line);
  lines.forEach((line, index) => {
    const text = plainText(line.text);
    const before = lines[index - 1];
    const after = lines[index + 1];
    const valediction =
      text.endsWith(',') &&
      text.split(/\s+/u).length <= VALEDICTION_WORDS &&
      before !== undefined &&
      isBodyLine(before.text);
    if (valediction)
      for (let next = index + 1; next < lines.length; next += 1) {
        const first = next === index + 1;
        if ((!first && !unbroken(lines[next - 1]!, lines[next]!)) || isBodyLine(lines[next]!.text))
          break;
        signed.add(lines[next]!.start);
      }
    const endsSection =
      before !== undefined &&
      isBodyLine(before.text) &&
      (after === undefined || !isBodyLine(after.text));
    // A name with its role after a comma, or after a dash ("— Marcus Ellery"), as English
    // credits a piece or a quotation to its writer; a bare name could be a heading.
    const credited = text.includes(',') || /^[-–—]\s*\p{Lu}/u.test(text);
    if (endsSection && isHeading(text) && credited && signatureName(text) !== null)
      signed.add(line.start);
    // A name alone over the line of its role or address ("Patricia Odell" over "Bridge Street,
    // Carnford"), the two ending a section: a letter's signature.
    const beyond = lines[index + 2];
    if (
      before !== undefined &&
      isBodyLine(before.text) &&
      after !== undefined &&
      unbroken(line, after) &&
      isHeading(text) &&
      isHeading(after.text) &&
      // The two lines alone: a blank line (or the file's end) after them, not a list going on
      // ("OUR PREDICTION" over "1 Castlemere City", "2 Brackenridge United", …).
      (beyond === undefined || blankLineBetween(fileText, after, beyond)) &&
      // A role or an address with its place ("Ashby Lane, Carnford") may have a note after it.
      (beyond === undefined || !isBodyLine(beyond.text) || after.text.includes(',')) &&
      signatureName(text) !== null
    ) {
      signed.add(line.start);
      signed.add(after.start);
    }
  });
  return signed;
}

/**
 * The lines with each run of signed lines one line apart joined into one ("Geoffrey Hartley"
 * over "Chairman, Ashbrook Vale Railway Society"): one signature, the name with its role.
 */
function joinSignatures(fileText: string, lines: readonly Line[], signed: Set<number>): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    const adjacent = last !== undefined && rightUnder(fileText, last, line);
    if (last && adjacent && signed.has(last.start) && signed.has(line.start))
      joined[joined.length - 1] = {
        start: last.start,
        end: line.end,
        text: fileText.slice(last.start, line.end),
      };
    else joined.push(line);
  }
  return joined;
}

/** A paragraph of the story: a sentence of some length, not a headline or a credit. */
function isBodyLine(text: string): boolean {
  const words = text.split(/\s+/u).length;
  return words > 25 || (words >= 10 && /[.!?"”]$/u.test(text));
}

function overlap(text: string, body: Set<string>): number {
  const terms = contentTokens(text).map(lemmatize);
  return terms.length === 0 ? 0 : terms.filter((term) => body.has(term)).length / terms.length;
}

function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[,;:]$/u, '')}…`;
}

/** Lines under the title a header runs to at most (kicker, credits, dates); set once, not tuned. */
const MAX_HEADER_LINES = 4;

/**
 * The date of the first line under the title, before the story's first paragraph, that states
 * one date (`headerLineDate`); null when none does.
 */
function headerDate(lines: readonly Line[]): string | null {
  for (const line of lines.slice(1, 1 + MAX_HEADER_LINES)) {
    if (isBodyLine(line.text)) return null;
    const date = headerLineDate(line.text);
    if (date) return date;
  }
  return null;
}

/** A word and a number before a separator: "Issue 88,", "No. 12 |". */
const ISSUE_NUMBER = /^\p{Lu}\p{L}*\.?\s+\d+\s*[,|·•–—-]\s*/u;

/**
 * A periodical's issue line: a word and its number, then the date the issue is of ("Issue 88,
 * Summer 2024", "No. 12 | April 2019"); it dates the text and names no article.
 */
function isIssueLine(text: string): boolean {
  const number = ISSUE_NUMBER.exec(text);
  if (!number) return false;
  const rest = text.slice(number[0].length);
  return headerLineDate(rest) !== null && rest.split(/\s+/u).length <= 3;
}

/** The label of a header field giving the title ("Title: …", "Headline: …"). */
const TITLE_LABEL = /^(?:title|headline)\s*:\s*(?=\S)/iu;

/** Cleans one file's text; `fallbackTitle` is used when nothing better is found. */
export function cleanDocument(fileText: string, fallbackTitle: string): CleanedDocument {
  let date: string | null = null;
  let source: string | null = null;
  const metadata: Span[] = [];
  let lines = joinFigureHeadings(fileText, splitLines(fileText));

  const stamp = lines[0] ? matchDateStamp(lines[0].text) : null;
  if (stamp && lines[0]) {
    date = stamp.date;
    const first = lines[0];
    const stampText = first.text.slice(0, stamp.length).trimEnd();
    metadata.push({ start: first.start, end: first.start + stampText.length });
    lines[0] = {
      start: first.start + stamp.length,
      end: first.end,
      text: first.text.slice(stamp.length),
    };
  }

  // Everything from the first link-list heading in the second half on is site furniture.
  const trailer = lines.findIndex(
    (line, index) => index >= lines.length / 3 && isTrailerHeading(line.text),
  );
  if (trailer >= 0) lines = lines.slice(0, trailer);

  let kept: Line[] = [];
  // Once a line of the story is kept, later lines are no longer the header under the headline.
  let storyStarted = false;
  const keep = (line: Line) => {
    kept.push(line);
    storyStarted ||= isBodyLine(line.text);
  };
  for (const [index, line] of lines.entries()) {
    // A first-level Markdown heading is a title by its markup, whatever date it holds
    // ("# Product sync — 4 March 2025"): not a date line or a credit.
    if (MARKDOWN_TITLE.test(line.text)) {
      keep(line);
      continue;
    }
    const published = matchPublishedLine(line.text);
    if (published) {
      date ??= published.date;
      source ??= published.source;
      metadata.push({ start: line.start, end: line.end });
      continue;
    }
    // A dateline or byline on a line of its own ("March 3, 2023", "*By Jane Roe*").
    // Not a dated entry ("14 January 2022: Pask sentenced"), which is a fact of the story.
    const entry = /^([^:]{4,30}):\s+\S/u.exec(line.text)?.[1];
    // What follows a `date` stamp on its line is the article's own words, its title or its
    // first line ("date 2020-11-16 Board minutes, 12 November 2020"): the stamp dated it.
    const stamped = stamp !== null && index === 0;
    const lineDate =
      line.text.length <= 40 && !stamped && !(entry && parseWrittenDate(entry))
        ? parseWrittenDate(line.text)
        : null;
    if (lineDate || isByline(line.text)) {
      const credited = matchPublicationLine(line.text);
      date ??= lineDate ?? credited?.date ?? null;
      source ??= credited?.source ?? null;
      metadata.push({ start: line.start, end: line.end });
      continue;
    }
    const sourceLine = matchSourceLine(line.text);
    if (sourceLine) {
      source ??= sourceLine;
      metadata.push({ start: line.start, end: line.end });
      continue;
    }
    const credit = matchDeskCredit(line.text);
    if (credit) {
      source ??= credit.source;
      const creditText = line.text.slice(0, credit.length).replace(/[\s:]+$/u, '');
      metadata.push({ start: line.start, end: line.start + creditText.length });
      if (credit.length >= line.text.length) continue;
      keep({
        start: line.start + credit.length,
        end: line.end,
        text: line.text.slice(credit.length),
      });
      continue;
    }
    if (isAuthorBlurb(line.text)) {
      metadata.push({ start: line.start, end: line.end });
      continue;
    }
    // Under the headline, before the story: "The Evening Post, 30 April 2022", "Newswire | …".
    // Above it too when the line is pieces joined by bars ("OPINION | The Reel Ledger | April 11, 2022").
    const publication =
      (index > 0 || /\s[|·•]\s/u.test(line.text)) &&
      !storyStarted &&
      !isBodyLine(line.text) &&
      // A Markdown heading ("## Decisions") heads a section; it credits no publication.
      !/^#{1,6}\s/u.test(line.text)
        ? matchPublicationLine(line.text)
        : null;
    if (publication) {
      date ??= publication.date;
      source ??= publication.source;
      // "Monday 1 May 2023 | Millbrook Lane | Attendance: 1,876": a labelled figure closing the
      // line is a fact of the story, not a piece of its credit.
      const figure = labelledFigurePiece(line);
      metadata.push({ start: line.start, end: figure ? figure.creditEnd : line.end });
      if (figure) keep(figure.piece);
      continue;
    }
    keep(line);
  }

  // A story's own dateline ("OSLO, 8 March 2022 (Newswire) - …") stays in its text.
  const dateline = kept.find((line) => isBodyLine(line.text));
  const datelineFacts = dateline ? matchDateline(dateline.text) : null;
  date ??= datelineFacts?.date ?? null;
  source ??= datelineFacts?.source ?? null;
  // A header dating the text in none of the forms above: the one date of its first line
  // stating one ("Held at the Railway Tavern … on Tuesday 10 September 2019 at 7.45pm",
  // "Issue 31 | April 2019", "Published: March 2020").
  date ??= headerDate(lines);

  // Leading headlines: pick the one that matches the body, drop them all.
  let firstBody = 0;
  // The file's first line may end in "?" or "!" and still be its headline.
  const isFirstLine = (line: Line) => line.start === lines[0]?.start;
  // A short labelled figure under the headline ("Verdict: 4 out of 5") is the story's first
  // fact; a headline with a colon ("Millbrook Quay: the right answer…") states no figure.
  // Under a Markdown title ("# Product sync — 4 March 2025") a labelled line of any length
  // ("**Attendees:** Hana Ruiz (chair), Omar Haddad") is a fact of record: the title is
  // known by its markup, so no labelled line is a candidate headline.
  const markdownTitled = MARKDOWN_TITLE.test(kept[0]?.text ?? '');
  // A labelled list under a headline ("Present: Marian Coyle (Chair), Owain Prothero
  // (Vice-chair), Sandra Kilby") is a fact of record too, however its names are capitalized;
  // above any ("Contact: Communications Office, Guildhall, Caldermouth") it is a header's.
  const isLabelledFigure = (text: string) =>
    isFactLine(text) &&
    (markdownTitled ||
      (/\d/u.test(text) && text.split(/\s+/u).length <= LABELLED_FIGURE_WORDS) ||
      (plainLeading > 0 && isLabelledList(text)));
  // Labels in capitals ("PRESS RELEASE") and labelled lines ("Contact: …") do not count.
  let plainLeading = 0;
  const isLabel = (text: string) => !/\p{Ll}/u.test(text) || isFactLine(text);
  while (
    firstBody < kept.length - 1 &&
    plainLeading < MAX_LEADING &&
    !(
      firstBody > 0 &&
      (isLabelledFigure(kept[firstBody]!.text) || isDatedRecord(kept[firstBody]!.text))
    ) &&
    // A list's item ("- Silver: Fairlight Down Vineyard, Pinot Noir 2018 (88)") is content,
    // never a headline.
    !LIST_ITEM.test(kept[firstBody]!.text) &&
    (isHeading(kept[firstBody]!.text) ||
      (isFirstLine(kept[firstBody]!) && isHeading(kept[firstBody]!.text.replace(/[?!]$/u, ''))))
  ) {
    // The file's first line in lower and upper case is its headline, whatever colon it has
    // ("Hallicks Point Lighthouse Trust: Minutes of the Annual General Meeting"): a labelled
    // list under it is a fact of the article.
    if (
      !isLabel(kept[firstBody]!.text) ||
      (isFirstLine(kept[firstBody]!) && /\p{Ll}/u.test(kept[firstBody]!.text))
    )
      plainLeading += 1;
    firstBody += 1;
  }
  const leading = kept.slice(0, firstBody);
  kept = kept.slice(firstBody);
  // The body's terms only rank two or more candidate headlines (most articles have one).
  let bodyTerms: Set<string> | undefined;
  const overlapWithBody = (text: string) =>
    overlap(
      text,
      (bodyTerms ??= new Set(kept.flatMap((line) => contentTokens(line.text).map(lemmatize)))),
    );
  // A markdown heading is the title by its markup; otherwise the headline is the leading line
  // closest to the body, not a short label ("LUMENSTREAM NEWSROOM") when a longer line is there.
  // A second-level heading is the title only when nothing stands above it: under the file's
  // own title line ("Saltmere Fen bird survey report 2022"), "## Summary" heads a section.
  const marked = leading.find(
    (line, at) => /^#\s/u.test(line.text) || (at === 0 && /^##\s/u.test(line.text)),
  );
  // A credit ("Recorded by: Malcolm Ferrier, Hon. Secretary", "Compiled by the Readers'
  // Editor, …") or a labelled list ("Present: 58 members; E. Maraday (chair), R. Tolland, …")
  // says who wrote or who came, not what the article is: no headline while another line may be.
  // An issue's line ("Issue 88, Summer 2024") says which number of a periodical the text is in.
  const named = leading.filter(
    (line) => !isCredit(line.text) && !isLabelledList(line.text) && !isIssueLine(line.text),
  );
  const headlines = named.length > 0 ? named : leading;
  const long = headlines.filter((line) => line.text.split(/\s+/u).length >= MIN_HEADLINE_WORDS);
  // The file's first line set apart by a blank line is its title ("Crumb & Hearth Bakery Co. -
  // 2020 Annual Report (extract)"); a heading under it ("Letter from the CEO and Financial
  // Highlights") heads the first section, however many words it shares with the story.
  const first = headlines[0];
  const setApart =
    first !== undefined &&
    isFirstLine(first) &&
    leading.length > 1 &&
    blankLineBetween(fileText, first, leading[1]!) &&
    first.text.split(/\s+/u).length >= MIN_HEADLINE_WORDS &&
    /\p{Ll}/u.test(first.text) &&
    // Not a credit: a label in capitals before a name ("PRESS RELEASE – Fellside Mountain
    // Rescue Team"), or a line dating the text ("Letters to the Editor – Kestrel Gazette, 22
    // August 2019").
    !/^[\p{Lu}\d][\p{Lu}\d\s]*\s[–—|:-]\s/u.test(first.text) &&
    headerLineDate(first.text) === null;
  const bestLeading =
    marked ??
    (setApart ? first : undefined) ??
    [...(long.length > 0 ? long : headlines)].sort(
      (a, b) => overlapWithBody(b.text) - overlapWithBody(a.text),
    )[0];
  // Lines under the headline and before the story (a credit, a standfirst) stay quotable.
  if (bestLeading)
    for (const line of leading.slice(leading.indexOf(bestLeading) + 1))
      if (line.text !== bestLeading.text) metadata.push({ start: line.start, end: line.end });
  metadata.sort((a, b) => a.start - b.start);

  // Repeated lines (a title printed twice, a standfirst repeated as the lede) keep one copy.
  // A table's header row ("| Company | Q2 2023 revenue | …"), the row above its |---| line,
  // names columns and states no fact.
  const tableHeads = new Set(
    kept.flatMap((line, index) =>
      /^\|[\s|:-]*\|$/u.test(kept[index + 1]?.text ?? '') ? [line.text] : [],
    ),
  );
  const listed = listedLines(fileText, kept);
  const signed = signedLines(fileText, kept);
  const paragraphs = dropRepeatedLines(
    joinSignatures(fileText, kept, signed),
    ({ text, start }) =>
      !listed.has(start) &&
      !signed.has(start) &&
      isHeading(text) &&
      (!isFactLine(text) || tableHeads.has(text)),
  ).map((line) => (isFactLine(line.text) ? factStart(line) : line));

  const firstSentence = paragraphs[0]?.text.slice(0, 1000).split(/(?<=[.!?])\s/u)[0];
  // "COURIER NEWS IN BRIEF -- Thursday 17 September 2020": a header line ending in its date.
  for (const line of leading) {
    const tail = /\s(?:[|·•–—]|--)\s+([^|·•–—]+)$/u.exec(line.text)?.[1];
    date ??= tail ? parseWrittenDate(tail) : null;
  }
  // A heading of the body is looked for only without a headline (each test reads a whole line).
  const heading = bestLeading
    ? undefined
    : kept.find((line) => isHeading(line.text) && line.text.split(/\s+/u).length >= 5);
  // "Title: Nurses walk out…", a header field as the first line: the label names the field.
  const title = plainText(
    bestLeading?.text ?? heading?.text ?? (firstSentence ? shorten(firstSentence) : fallbackTitle),
  ).replace(TITLE_LABEL, '');

  return {
    title,
    date,
    source,
    paragraphs: paragraphs.map(({ start, end }) => ({ start, end })),
    metadata,
    cleanText: joinParagraphs(fileText, paragraphs),
  };
}
