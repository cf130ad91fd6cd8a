/**
 * The years an article's header names as what it reports on: "Annual Report and Accounts 2019 -
 * Extract" under the publisher's name, "Grants Awarded in 2023" as the title. The header is the
 * title and the lines above the first paragraph kept; a line stating a date ("Published: April
 * 2020") says when the article was put out, not what it is about, and is left out.
 */
import type { SourceDocument } from '../../ingest/document-types.js';
import { headerLineDate } from '../../ingest/extract-metadata.js';
import { yearsIn } from '../analyze/find-constraints.js';

const cache = new WeakMap<SourceDocument, number[]>();

export function reportedYears(document: SourceDocument): number[] {
  const known = cache.get(document);
  if (known) return known;
  // The lines above the first paragraph kept: a numbered item further down ("1. Annual report
  // and accounts 2020" in minutes) heads a section, not the article.
  const story = document.paragraphs?.[0];
  const lines = [
    document.title,
    ...document.fileText.slice(0, story?.start ?? 0).split('\n'),
  ].filter((line) => line.trim() !== '' && headerLineDate(line) === null);
  const years = [...new Set(lines.flatMap((line) => yearsIn(line)))];
  cache.set(document, years);
  return years;
}
