/**
 * One entry point for every format: bytes in, canonical plain text and
 * metadata out. Plain text and Markdown are their own canonical text. The
 * converters (linkedom, Readability, pdf.js, mammoth) are imported when a
 * file of their format is first converted: a server whose folder holds only
 * text never loads them (about 0.5 s of start-up).
 */
import { unprocessable, type DocumentFormat, type ExtractedText } from './document-formats.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/u, '');
  } catch (error) {
    throw unprocessable('The file is not valid UTF-8 text.', error);
  }
}

export async function extractDocument({
  format,
  bytes,
}: {
  format: DocumentFormat;
  bytes: Uint8Array;
}): Promise<ExtractedText> {
  switch (format) {
    case 'text':
    case 'markdown': {
      const text = decodeText(bytes);
      if (text.trim() === '') throw unprocessable('The document is empty.');
      return { text, title: null, date: null, source: null };
    }
    case 'html':
      return (await import('./extract-html.js')).extractHtml(decodeText(bytes));
    case 'pdf':
      return (await import('./extract-pdf.js')).extractPdf(bytes);
    case 'docx':
      return (await import('./extract-docx.js')).extractDocx(bytes);
  }
}
