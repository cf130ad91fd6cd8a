/**
 * Months a question asks "by": "How much had the appeal raised by mid-April 2020?" asks what
 * stood at that month, built up over the months before it. "By" is English's preposition of a
 * deadline; a sentence dated to an earlier month ("An appeal launched on March 20 has already
 * raised $415,000", in an April article) tells of a time within the bound, not of another month.
 */
import type { ParsedText } from '../analyze/parse-text.js';
import { MONTHS } from '../../ingest/extract-metadata.js';

/** Each month (0-11) a date of `parsed` names after "by" ("by the end of January 2025"). */
export function monthsBy(parsed: ParsedText): Set<number> {
  const bounds = new Set<number>();
  for (const entity of parsed.entities) {
    if (entity.type !== 'date') continue;
    // Over the determiner a phrase of time may open with ("by the end of …").
    let at = entity.first - 1;
    while (at >= 0 && parsed.tokens[at]!.pos === 'DET') at -= 1;
    if (parsed.tokens[at]?.normal !== 'by') continue;
    for (const word of entity.text.toLowerCase().split(/[^a-z]+/u)) {
      const month = MONTHS.indexOf(word);
      if (month >= 0) bounds.add(month);
    }
  }
  return bounds;
}

/** Whether a sentence's month `month` falls within a bound `bounds` sets (at or before it). */
export function withinMonthBound(month: number, bounds: ReadonlySet<number>): boolean {
  return [...bounds].some((bound) => month <= bound);
}
