/**
 * A count that states a gap, not a total: in English a figure and its noun followed by a word
 * of relative position or amount ("four points behind the leaders", "five clear of
 * Brackenridge", "two votes short of a majority", "300 more jobs") measures the distance
 * between two things. It answers "by how many…?" or "how many more…?", not "how many points
 * did they finish with?".
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';

/** English's words of relative position or amount after a counted figure (a closed class). */
const GAP_WORDS: ReadonlySet<string> = new Set([
  'behind',
  'ahead',
  'clear',
  'adrift',
  'short',
  'more',
  'fewer',
  'less',
]);

/** True when the counted figure (`entity`, its noun included) is followed by a word of relative position. */
export function statesGap(entity: Entity, parsed: ParsedText): boolean {
  const next = parsed.tokens[entity.last + 1];
  return next !== undefined && GAP_WORDS.has(next.normal);
}

/** True when the question asks a gap: "by how many…", "how many more / fewer…". */
export function asksGap(tokens: readonly { normal: string }[]): boolean {
  return tokens.some(
    (token, index) =>
      token.normal === 'how' &&
      (tokens[index + 1]?.normal === 'many' || tokens[index + 1]?.normal === 'much') &&
      (tokens[index - 1]?.normal === 'by' || GAP_WORDS.has(tokens[index + 2]?.normal ?? '')),
  );
}
