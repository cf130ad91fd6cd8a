/**
 * An article's furniture: the lines around its story that say what it is and who wrote or
 * published it — its title, its publisher and its metadata lines (date line, byline, credits
 * such as "*From the Aldermoor Estate blog, written by Gwen Whitcombe*"). What they name, the
 * whole article is about or by.
 */
import type { SourceDocument } from './document-types.js';

/** The article's title, publisher and metadata lines, as written. */
export function furnitureLines(document: SourceDocument): string[] {
  return [
    document.title,
    document.source ?? '',
    ...document.metadata.map((span) => document.fileText.slice(span.start, span.end)),
  ];
}
