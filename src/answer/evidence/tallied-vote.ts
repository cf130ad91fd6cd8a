/**
 * A vote's tally: "Vote on solar panels: 57 for, 2 against", "carried 11 for, 3 against".
 * English writes each side's count with "for" or "against" and nothing after it; such a figure
 * counts votes (or those who cast them), nothing the motion was about.
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';

/** English's words for the sides of a vote after their count (a closed class). */
const SIDES: ReadonlySet<string> = new Set(['for', 'against']);

/** True when the figure is one side of a vote's tally ("57 for,", "2 against."). */
export function talliesVote(entity: Entity, parsed: ParsedText): boolean {
  const side = parsed.tokens[entity.last + 1];
  const after = parsed.tokens[entity.last + 2];
  return (
    side !== undefined &&
    SIDES.has(side.normal) &&
    (after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ')
  );
}
