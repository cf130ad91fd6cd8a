/**
 * Turns extracted text into a `SourceDocument`: the cleaner finds the
 * paragraphs and metadata lines of the canonical text; metadata the format
 * carried (HTML meta tags, a PDF's title) wins over what the cleaner guessed.
 */
import { cleanDocument } from '../clean-document.js';
import type { SourceDocument } from '../document-types.js';
import type { DocumentFormat, ExtractedText } from './document-formats.js';

export function createSourceDocument({
  docId,
  path,
  format,
  extracted,
}: {
  docId: string;
  /** The original file (for converted formats, not the text `fileText` holds). */
  path: string;
  format: DocumentFormat;
  extracted: ExtractedText;
}): SourceDocument {
  const cleaned = cleanDocument(extracted.text, docId);
  return {
    docId,
    path,
    fileText: extracted.text,
    title: extracted.title ?? cleaned.title,
    date: extracted.date ?? cleaned.date,
    source: extracted.source ?? cleaned.source,
    cleanText: cleaned.cleanText,
    paragraphs: cleaned.paragraphs,
    metadata: cleaned.metadata,
    format,
    ...(extracted.pageStarts ? { pageStarts: extracted.pageStarts } : {}),
  };
}
