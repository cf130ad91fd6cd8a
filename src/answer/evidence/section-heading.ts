/**
 * The heading a sentence stands under. Ingestion keeps an article's paragraphs and drops the
 * lines between them; a short line among those that does not end a sentence ("## Resetting
 * the router", "What is in the box") is the heading of the paragraphs after it, and says what
 * they are about as a title does for the whole article.
 */
import type { SourceDocument } from '../../ingest/document-types.js';

/** Words a heading has at most; a longer dropped line is a caption or a note. */
const MAX_HEADING_WORDS = 12;

const cache = new WeakMap<SourceDocument, (offset: number) => string>();

/** The heading of the section holding each file offset of `document` ('' before any). */
export function headingsOf(document: SourceDocument): (offset: number) => string {
  const known = cache.get(document);
  if (known) return known;
  const paragraphs = document.paragraphs ?? [];
  const sections: { start: number; heading: string }[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Before the first paragraph: the title, and a heading under it when there is one.
    const gap = document.fileText.slice(
      index === 0 ? 0 : paragraphs[index - 1]!.end,
      paragraph.start,
    );
    // A numbered Markdown heading ("## 3. Recommendations") is kept by ingestion as a paragraph
    // (a listicle's "## 2. "Brine" (spring)" states facts): it heads the paragraphs after it too.
    const previous = paragraphs[index - 1];
    const line =
      gap
        .split('\n')
        .map(headingText)
        // A list's bullet or number ("-", "2.") or a rule ("---") between paragraphs is no heading.
        .filter((text) => /\p{L}/u.test(text))
        .at(-1) ??
      (previous && markdownHeading(document.fileText, previous)
        ? headingText(document.fileText.slice(previous.start, previous.end))
        : undefined);
    if (line === undefined) return;
    const heading =
      line.split(/\s+/u).length <= MAX_HEADING_WORDS && !/[.!?:;,]["'”’)]*$/u.test(line)
        ? line
        : '';
    sections.push({ start: paragraph.start, heading });
  });
  const headingAt = (offset: number) => {
    let heading = '';
    for (const section of sections) {
      if (section.start > offset) break;
      heading = section.heading;
    }
    return heading;
  };
  cache.set(document, headingAt);
  return headingAt;
}

/** A section's number before its heading's words: "3.", "2.1". */
const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*\.?`;
/** A heading's number, then its words ("3. Recommendations", "2. "Brine""). */
const NUMBER_BEFORE_WORDS = new RegExp(`^${SECTION_NUMBER}\\s+(?=[\\p{L}"“'‘])`, 'u');
/** A line opening with a section's number. */
const NUMBERED = new RegExp(`^${SECTION_NUMBER}\\s`, 'u');

/** A heading line's words, without its marks, emphasis or section number ("3.", "2.1"). */
function headingText(text: string): string {
  return text
    .trim()
    .replace(/^#+\s*/u, '')
    .replace(/^[*_]+|[*_]+$/gu, '')
    .replace(NUMBER_BEFORE_WORDS, '');
}

/**
 * True when the paragraph is one line that Markdown marks as a numbered heading ("## 3.
 * Recommendations"). Another heading kept as a paragraph is a labelled fact ("## New this
 * year: volunteer drivers"), which its paragraph states for itself.
 */
function markdownHeading(fileText: string, paragraph: { start: number; end: number }): boolean {
  const lineStart = fileText.lastIndexOf('\n', paragraph.start - 1) + 1;
  const text = fileText.slice(paragraph.start, paragraph.end).trim();
  return (
    /^#{1,6}\s+$/u.test(fileText.slice(lineStart, paragraph.start)) &&
    NUMBERED.test(text) &&
    !text.includes('\n')
  );
}

/** A bullet or number opening a line: "- ", "* ", "• ", "1. ", "2) ". */
const MARKER = String.raw`^\s*(?:[-*•]|\d{1,2}[.)])\s+`;
const BULLET = new RegExp(`${MARKER}(?:[*_]{1,2})?$`, 'u');
const ITEM_LINE = new RegExp(MARKER, 'u');

/** True when the text at `offset` of `fileText` is on a bulleted or numbered line. */
export function onItemLine(fileText: string, offset: number): boolean {
  const lineStart = fileText.lastIndexOf('\n', offset - 1) + 1;
  return ITEM_LINE.test(fileText.slice(lineStart, offset + 1));
}

/** True when the text at `offset` of `fileText` opens a bulleted or numbered line. */
export function opensItemAt(fileText: string, offset: number): boolean {
  const lineStart = fileText.lastIndexOf('\n', offset - 1) + 1;
  return BULLET.test(fileText.slice(lineStart, offset));
}
