/**
 * Reading order for one PDF page: text items grouped into lines, a two-column
 * layout split at its gutter (full-width lines such as a headline stay where
 * they are), lines joined into paragraphs at vertical gaps.
 */

export interface PositionedText {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  height: number;
}

interface Line {
  x: number;
  right: number;
  y: number;
  height: number;
  text: string;
}

function groupLines(items: PositionedText[]): Line[] {
  const sorted = [...items]
    .filter((item) => item.text.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    // Same baseline and touching horizontally: the same line.
    const line = lines.find(
      (candidate) =>
        Math.abs(candidate.y - item.y) < item.height * 0.5 &&
        item.x - candidate.right < item.height * 2 &&
        item.x >= candidate.x,
    );
    if (line) {
      line.text += (item.x - line.right > item.height * 0.15 ? ' ' : '') + item.text;
      line.right = Math.max(line.right, item.x + item.width);
    } else {
      lines.push({
        x: item.x,
        right: item.x + item.width,
        y: item.y,
        height: item.height,
        text: item.text,
      });
    }
  }
  return lines;
}

/** An x in the middle third of the page that no narrow line crosses, or null for one column. */
function findGutter(lines: Line[], pageWidth: number): number | null {
  for (let x = pageWidth * 0.35; x <= pageWidth * 0.65; x += 2) {
    const left = lines.filter((line) => line.right <= x).length;
    const right = lines.filter((line) => line.x >= x).length;
    const crossing = lines.filter((line) => line.x < x && line.right > x).length;
    if (left >= 2 && right >= 2 && crossing <= Math.max(2, (left + right) * 0.15)) return x;
  }
  return null;
}

function toParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    if (previous && (gap > previous.height * 1.8 || gap < 0)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    current.push(line.text.trim());
    previous = line;
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** The page's paragraphs in reading order. */
export function orderPageLines(items: PositionedText[], pageWidth: number): string[] {
  const lines = groupLines(items);
  const gutter = findGutter(lines, pageWidth);
  if (gutter === null) return toParagraphs(lines);
  // Full-width lines cut the page into bands; within a band, the left column then the right.
  const paragraphs: string[] = [];
  let band: Line[] = [];
  const flush = () => {
    paragraphs.push(...toParagraphs(band.filter((line) => line.right <= gutter)));
    paragraphs.push(...toParagraphs(band.filter((line) => line.x >= gutter)));
    band = [];
  };
  for (const line of lines) {
    if (line.x < gutter && line.right > gutter) {
      flush();
      paragraphs.push(line.text.trim());
    } else band.push(line);
  }
  flush();
  return paragraphs.filter((paragraph) => paragraph !== '');
}
