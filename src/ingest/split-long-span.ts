/**
 * Cuts a span of text longer than a chunk may be into pieces that fit, at
 * word boundaries: a text without full stops (a list, a transcript, a
 * scraped table) must not become one chunk the size of the file.
 */
import type { Span } from './document-types.js';

/** `span` of `text` as pieces of at most `maxChars`, cut after whitespace; unchanged when it fits. */
export function splitLongSpan(text: string, span: Span, maxChars: number): Span[] {
  if (span.end - span.start <= maxChars) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    while (start < span.end && /\s/u.test(text[start]!)) start += 1;
    if (start >= span.end) break;
    if (span.end - start <= maxChars) {
      pieces.push({ start, end: span.end });
      break;
    }
    // The last whitespace that leaves a piece of at most maxChars; a word longer than that is cut.
    let cut = start + maxChars;
    while (cut > start && !/\s/u.test(text[cut]!)) cut -= 1;
    if (cut === start) {
      cut = start + maxChars;
      // Never between the two halves of a surrogate pair.
      if (/[\udc00-\udfff]/u.test(text[cut]!)) cut -= 1;
    }
    let end = cut;
    while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
    pieces.push({ start, end });
    start = cut;
  }
  return pieces;
}
