/**
 * The paragraphs an article keeps: no headings, and one copy of a repeated
 * line, in time linear in the number of lines (a 20 MB article has 200,000).
 */

/** How far apart (in lines) a line and the longer line repeating it may be. */
const REPEAT_WINDOW = 12;

/**
 * Drops headings and repeated lines (a title printed twice, a standfirst
 * repeated as the lede), keeping one copy. Exact repeats are found anywhere
 * through a map; a line contained in a longer one only among its neighbours,
 * which keeps cleaning linear in the number of lines.
 */
export function dropRepeatedLines<Line extends { text: string }>(
  kept: Line[],
  isHeading: (line: Line) => boolean,
): Line[] {
  const normal = kept.map((line) => line.text.toLowerCase());
  const lastCopy = new Map<string, number>();
  normal.forEach((text, index) => lastCopy.set(text, index));
  return kept.filter((line, index) => {
    if (isHeading(line)) return false;
    const text = normal[index]!;
    if (lastCopy.get(text)! > index) return false;
    const from = Math.max(0, index - REPEAT_WINDOW);
    const to = Math.min(kept.length, index + REPEAT_WINDOW + 1);
    for (let other = from; other < to; other += 1) {
      const otherText = normal[other]!;
      if (other !== index && otherText.length > text.length && otherText.includes(text))
        return false;
    }
    return true;
  });
}
