// @ts-check
/**
 * Splits an article's source file into what the reader should see: the kept
 * paragraphs and metadata lines (the cleaned article, as ingestion kept it),
 * the title line (shown as the heading instead), and the furniture ingestion
 * removed (link lists, an unrelated headline), which viewers mark as not part
 * of the article. A highlighted range is carried into the pieces it covers.
 * Shared by the chat page's passage viewer and the server-rendered article page.
 */

/** @typedef {{ start: number, end: number }} Span */
/** @typedef {{ text: string, marked: boolean }} Piece */
/** @typedef {{ kind: 'kept' | 'furniture', pieces: Piece[] }} Segment */

/** @param {string} text */
const plain = (text) =>
  text
    .replace(/^[#>*\s]+|[*_\s]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();

/**
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @param {Span | undefined} highlight
 * @returns {Piece[]}
 */
function piecesOf(text, start, end, highlight) {
  if (!highlight || highlight.end <= start || highlight.start >= end)
    return [{ text: text.slice(start, end), marked: false }];
  const from = Math.max(start, highlight.start);
  const to = Math.min(end, highlight.end);
  return [
    { text: text.slice(start, from), marked: false },
    { text: text.slice(from, to), marked: true },
    { text: text.slice(to, end), marked: false },
  ].filter((piece) => piece.text !== '');
}

/**
 * @param {{ text: string, title: string, kept: Span[], highlight?: Span }} article
 *   `kept`: the paragraphs and metadata lines ingestion kept, as offsets of `text`.
 * @returns {Segment[]}
 */
export function segmentArticle({ text, title, kept, highlight }) {
  const spans = [...kept].sort((a, b) => a.start - b.start);
  /** @type {Segment[]} */
  const segments = [];
  const titleText = plain(title);
  let position = 0;
  /** @param {number} end */
  const addGap = (end) => {
    let cursor = position;
    for (const line of text.slice(position, end).split('\n')) {
      const start = cursor;
      cursor += line.length + 1;
      if (!/[\p{L}\p{N}]/u.test(line) || plain(line) === titleText) continue;
      const previous = segments.at(-1);
      const pieces = piecesOf(text, start, start + line.length, highlight);
      if (previous?.kind === 'furniture')
        previous.pieces.push({ text: '\n', marked: false }, ...pieces);
      else segments.push({ kind: 'furniture', pieces });
    }
    position = end;
  };
  for (const span of spans) {
    if (span.end <= position) continue;
    const start = Math.max(span.start, position);
    addGap(start);
    segments.push({ kind: 'kept', pieces: piecesOf(text, start, span.end, highlight) });
    position = span.end;
  }
  addGap(text.length);
  return segments;
}
