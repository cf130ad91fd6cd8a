/**
 * A fact sheet's record: "Label: value" lines one under another, no blank line between
 * ("Exhibit: Sea Otter Cove / Opened: 2004 / Volume: 95,000 gallons"). Its first line names
 * what the record is about; the names in the other lines' values are those values' own
 * ("Ground: The Pightle, Little Ashcombe").
 */
import type { SourceDocument, Span } from '../../ingest/document-types.js';
import { shortLabel } from './label-figure.js';

/** Each document's record heads by sentence start, read once: every question asks of the same lines. */
const heads = new WeakMap<SourceDocument, Map<number, string>>();

/**
 * The first line of the record holding `span`, a "Label: value" line below it; empty for a
 * span that is no such line, or is its record's first. Read in the file's lines: cleaning may
 * keep a record's first line as the article's metadata ("Product: Puddle Duck Pull-Along").
 */
export function recordHead(document: SourceDocument, span: Span): string {
  let known = heads.get(document);
  if (!known) heads.set(document, (known = new Map()));
  let head = known.get(span.start);
  if (head === undefined) known.set(span.start, (head = readRecordHead(document.fileText, span)));
  return head;
}

function readRecordHead(fileText: string, span: Span): string {
  if (shortLabel(fileText.slice(span.start, span.end).trim()) === null) return '';
  let start = fileText.lastIndexOf('\n', span.start - 1) + 1;
  if (fileText.slice(start, span.start).trim() !== '') return '';
  let head = '';
  while (start > 0) {
    const above = fileText.lastIndexOf('\n', start - 2) + 1;
    const line = fileText.slice(above, start - 1).trim();
    if (shortLabel(line) === null) break;
    head = line;
    start = above;
  }
  return head;
}
