/**
 * A vote's tally as one answer: "Members voted 214 to 19", "carried by 41 votes to 9", "38 for,
 * 9 against". English writes each side's count joined by "to" after a verb of deciding or with
 * "votes", or each with "for" and "against": asked "What was the vote?", the tally whole
 * answers, not either of its figures.
 */
import { countValue } from '../analyze/find-constraints.js';
import type { Entity, ParsedText } from '../analyze/parse-text.js';

/** A count in digits or as an English number word ("214", "seven"), as a regex group. */
export const COUNT = String.raw`(\d+|[a-z]+)`;

/** Words a motion's fate takes its tally straight after ("carried by", "voted", "split"). */
export const FATE_BEFORE_TALLY = 'by|voted|vote of|split|carried|passed|approved|adopted|defeated';

/** Tallies, each its counts as the first and last groups; the entity runs from the first count. */
const TALLIES: readonly RegExp[] = [
  // "carried by 41 votes to 9", "voted 214 to 19", "elected by 29 votes to 21"
  new RegExp(
    String.raw`\b(?:${FATE_BEFORE_TALLY}|rejected|lost)\s+${COUNT}(?:\s+votes?)?\s+to\s+${COUNT}\b`,
    'giud',
  ),
  // "41 votes to 9"
  new RegExp(String.raw`\b${COUNT}\s+votes?\s+to\s+${COUNT}\b`, 'giud'),
  // "38 for, 9 against"
  new RegExp(String.raw`\b${COUNT}\s+for,?\s+${COUNT}\s+against\b`, 'giud'),
];

/** The tallies `parsed` writes, as ranges over its tokens (each once, the longest). */
export function voteTallies(parsed: ParsedText): Entity[] {
  const found: Entity[] = [];
  for (const pattern of TALLIES)
    for (const match of parsed.text.matchAll(pattern)) {
      if (countValue(match[1]!) === null || countValue(match[2]!) === null) continue;
      const from = match.indices![1]![0];
      const end = match.index + match[0].length;
      const firstToken = parsed.tokens.findIndex((token) => token.start >= from);
      const lastToken = parsed.tokens.findLastIndex((token) => token.end <= end);
      if (firstToken < 0 || lastToken < firstToken) continue;
      if (found.some((other) => other.start <= from && other.end >= end)) continue;
      found.push({
        type: 'range',
        text: parsed.text.slice(from, end),
        start: from,
        end,
        first: firstToken,
        last: lastToken,
      });
    }
  return found;
}
