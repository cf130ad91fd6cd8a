/**
 * The document formats sourced reads, how they are recognised (file
 * extension or media type), and what an extractor hands back.
 */
import { extname } from 'node:path';
import { AppError } from '../../errors/app-error.js';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

interface FormatInfo {
  extensions: string[];
  mediaTypes: string[];
}

export const FORMATS: Record<DocumentFormat, FormatInfo> = {
  text: { extensions: ['.txt'], mediaTypes: ['text/plain'] },
  markdown: { extensions: ['.md', '.markdown'], mediaTypes: ['text/markdown', 'text/x-markdown'] },
  html: { extensions: ['.html', '.htm'], mediaTypes: ['text/html', 'application/xhtml+xml'] },
  pdf: { extensions: ['.pdf'], mediaTypes: ['application/pdf'] },
  docx: {
    extensions: ['.docx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
};

/** Every accepted extension, for listings and error messages. */
export const ACCEPTED_EXTENSIONS = Object.values(FORMATS).flatMap((info) => info.extensions);

/** "text/plain (.txt), …": what a 415 names. */
export function describeAcceptedTypes(): string {
  return Object.values(FORMATS)
    .map((info) => `${info.mediaTypes[0]} (${info.extensions.join(', ')})`)
    .join(', ');
}

/** The format of a file by its extension, or null when it is not one we read. */
export function formatOfFileName(name: string): DocumentFormat | null {
  const extension = extname(name).toLowerCase();
  const entry = Object.entries(FORMATS).find(([, info]) => info.extensions.includes(extension));
  return entry ? (entry[0] as DocumentFormat) : null;
}

/** The format of an upload: its file name first, then its declared media type; throws 415 otherwise. */
export function parseUploadFormat({
  name,
  mediaType,
}: {
  name?: string;
  mediaType?: string;
}): DocumentFormat {
  const byName = name ? formatOfFileName(name) : null;
  if (byName) return byName;
  const essence = mediaType?.split(';')[0]?.trim().toLowerCase();
  const entry = Object.entries(FORMATS).find(
    ([, info]) => essence !== undefined && info.mediaTypes.includes(essence),
  );
  if (entry) return entry[0] as DocumentFormat;
  throw new AppError(
    'unsupported_media_type',
    `Unsupported document type${name ? ` "${name}"` : mediaType ? ` ${mediaType}` : ''}. Accepted types: ${describeAcceptedTypes()}.`,
  );
}

/** A converted document's plain text and the metadata its format carried. */
export interface ExtractedText {
  /** Plain text: metadata lines, then paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  date: string | null;
  source: string | null;
  /** For PDFs: the offset in `text` where each page starts (page n at index n-1). */
  pageStarts?: number[];
}

/** Thrown for a readable request whose document has no usable text. */
export function unprocessable(message: string, cause?: unknown): AppError {
  return new AppError('unprocessable_document', message, { cause });
}
