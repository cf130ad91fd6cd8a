/**
 * PDF articles through unpdf (Mozilla's pdf.js, no native code, nothing
 * downloaded). Text items are put back into reading order per page, a
 * two-column layout read column by column, lines joined into paragraphs;
 * where each page starts is kept so a citation can name its page.
 */
import { getDocumentProxy, getMeta } from 'unpdf';
import { composePlainText, parseBylineLine } from './compose-plain-text.js';
import { parseWrittenDate } from '../extract-metadata.js';
import { unprocessable, type ExtractedText } from './document-formats.js';
import { orderPageLines, type PositionedText } from './order-page-lines.js';

async function openPdf(bytes: Uint8Array) {
  try {
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw unprocessable(
        'The PDF is encrypted (password-protected); upload an unlocked copy.',
        error,
      );
    throw unprocessable('The PDF is corrupt or not a PDF; it could not be opened.', error);
  }
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const pdf = await openPdf(bytes);
  const pageParagraphs: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width = 612] = page.view;
    const content = await page.getTextContent();
    const items: PositionedText[] = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              text: item.str,
              x: Number(item.transform[4] ?? 0),
              y: Number(item.transform[5] ?? 0),
              width: item.width,
              height: item.height || Math.abs(Number(item.transform[3] ?? 10)),
            },
          ]
        : [],
    );
    pageParagraphs.push(orderPageLines(items, width));
  }
  const info = ((await getMeta(pdf).catch(() => ({ info: {} }))).info ?? {}) as Record<
    string,
    unknown
  >;
  await pdf.cleanup();
  if (pageParagraphs.flat().join('').trim().length < 20) {
    throw unprocessable(
      'The PDF has no text layer (a scan or images only); run it through OCR first.',
    );
  }
  const infoTitle = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
  const first = pageParagraphs[0] ?? [];
  // The text's own title line is kept as text; the header repeats nothing.
  const title = infoTitle ?? first[0] ?? null;
  const bylineLine = first.slice(0, 3).map(parseBylineLine).find(Boolean) ?? null;
  const date = (bylineLine?.date && parseWrittenDate(bylineLine.date)) || null;
  const source = bylineLine?.source ?? null;
  let text = '';
  const pageStarts: number[] = [];
  pageParagraphs.forEach((paragraphs, index) => {
    const pageText = composePlainText({ title: null, source: null, date: null, paragraphs });
    if (index > 0 && text !== '') text += '\n\n';
    pageStarts.push(text.length);
    text += pageText;
  });
  return { text, title, date, source, pageStarts };
}
