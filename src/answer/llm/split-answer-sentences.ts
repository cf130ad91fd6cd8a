/**
 * Splits a generated answer into sentences, each keeping the `[n]` markers
 * written after its final punctuation ("It ended. [2]"), so that joining the
 * pieces gives back the text exactly.
 */

/** A marker group: `[1]`, `[1, 3]`, `[2-4]`. */
export const markerGroupPattern = /\[(\d+(?:\s*[,–-]\s*\d+)*)\]/g;

const sentenceEnd = /[.!?]+["'”’)]*(?:\s*\[\d+(?:\s*[,–-]\s*\d+)*\])*(?=\s+[^\s\p{Ll}]|\s*$)|\n+/gu;

/** The pieces of `text`, in order; `pieces.join('') === text`. */
export function splitAnswerSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (end > start) pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** The passage numbers a marker group names, ranges expanded (`2-4` → 2, 3, 4). */
export function parseMarkerGroup(inside: string): number[] {
  const numbers: number[] = [];
  for (const part of inside.split(',')) {
    const [from, to] = part.split(/[–-]/).map((value) => Number(value.trim()));
    if (from === undefined || Number.isNaN(from)) continue;
    const last = to === undefined || Number.isNaN(to) || to < from || to - from > 20 ? from : to;
    for (let n = from; n <= last; n += 1) numbers.push(n);
  }
  return numbers;
}
