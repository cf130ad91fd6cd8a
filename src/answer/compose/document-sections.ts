/**
 * An article's sections: a paragraph that follows a line ingestion dropped (a heading such as
 * "What doesn't" or "Performance and battery", a rule, a caption) opens a new one. A summary
 * draws on every section rather than on whichever one repeats the article's words most.
 */
import type { SourceDocument } from '../../ingest/document-types.js';

/** The section (0, 1, …) holding each file offset of the document. */
export function sectionsOf(document: SourceDocument): (offset: number) => number {
  const paragraphs = document.paragraphs ?? [];
  const starts: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index === 0) return;
    const gap = document.fileText.slice(paragraphs[index - 1]!.end, paragraph.start);
    if (gap.trim() !== '') starts.push(paragraph.start);
  });
  return (offset) => starts.filter((start) => start <= offset).length;
}
