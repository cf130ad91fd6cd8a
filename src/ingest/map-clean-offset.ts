/**
 * The map from cleaned text back to the original file. The cleaned text is
 * the kept paragraphs joined by blank lines, so the map is piecewise: it is
 * computed from the paragraph spans instead of stored per character (which
 * cost 8 bytes a character, 300 MB at 100k chunks).
 */
import type { Span } from './document-types.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** The cleaned text: the paragraphs' text joined by blank lines. */
export function joinParagraphs(fileText: string, paragraphs: Span[]): string {
  return paragraphs.map(({ start, end }) => fileText.slice(start, end)).join(PARAGRAPH_SEPARATOR);
}

/**
 * The offset in the original file of `cleanText[index]`. A separator
 * character maps to the start of the paragraph it precedes.
 */
export function toFileOffset(paragraphs: Span[], index: number): number {
  let position = 0;
  for (const [n, paragraph] of paragraphs.entries()) {
    if (n > 0) {
      if (index < position + PARAGRAPH_SEPARATOR.length) return paragraph.start;
      position += PARAGRAPH_SEPARATOR.length;
    }
    const length = paragraph.end - paragraph.start;
    if (index < position + length) return paragraph.start + (index - position);
    position += length;
  }
  throw new RangeError(`Offset ${index} is past the end of the cleaned text.`);
}
