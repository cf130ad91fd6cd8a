/**
 * Word documents (.docx) through mammoth: paragraphs in order, a Title or
 * Heading 1 paragraph as the title, a leading "By …" line as the byline.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { parseWrittenDate } from '../extract-metadata.js';
import { composePlainText, parseBylineLine } from './compose-plain-text.js';
import { unprocessable, type ExtractedText } from './document-formats.js';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP }))
      .value;
  } catch (error) {
    throw unprocessable('The Word document is corrupt or not a .docx file.', error);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li'))
    .filter((block) => !block.querySelector('p'))
    .map((block) => ({ tag: block.tagName.toLowerCase(), text: (block.textContent ?? '').trim() }))
    .filter((block) => block.text !== '');
  if (blocks.map((block) => block.text).join(' ').length < 20) {
    throw unprocessable('The Word document has no text.');
  }
  const heading = blocks.find((block) => block.tag === 'h1');
  const byline =
    blocks
      .slice(0, 3)
      .map((block) => parseBylineLine(block.text))
      .find(Boolean) ?? null;
  return {
    // The document's own lines are the text; nothing is synthesized.
    text: composePlainText({
      title: null,
      source: null,
      date: null,
      paragraphs: blocks.map((block) => block.text),
    }),
    title: heading?.text ?? null,
    date: (byline?.date && parseWrittenDate(byline.date)) || null,
    source: byline?.source ?? null,
  };
}
