/**
 * A count that states a gap, not a total: in English a figure and its noun followed by a word
 * of relative position or amount ("four points behind the leaders", "five clear of
 * Brackenridge", "two votes short of a majority", "300 more jobs") measures the distance
 * between two things. It answers "by how many…?" or "how many more…?", not "how many points
 * did they finish with?". So does a figure after "by", the margin of a change ("broke the
 * record by 41 seconds"): it answers "by how much…?", not the measure itself.
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { sharesStem } from '../../text/shares-stem.js';

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

/** English's words that make a figure approximate after "by" ("by about 40", "by nearly half"). */
const APPROXIMATE: ReadonlySet<string> = new Set([
  'about',
  'around',
  'almost',
  'nearly',
  'some',
  'just',
  'over',
  'roughly',
]);

/**
 * The verb (its lemma) whose change the figure (`entity`) measures when it follows "by" ("broke
 * the record by 41 seconds", "won by three votes", "rose by 8%"): the nearest verb before
 * "by". Null when the figure is no such margin. "What was her time?" is not answered by the
 * margin of her record, though "By how much did she break it?" is.
 */
export function marginOf(entity: Entity, parsed: ParsedText): string | null {
  let at = entity.first - 1;
  if (APPROXIMATE.has(parsed.tokens[at]?.normal ?? '')) at -= 1;
  if (parsed.tokens[at]?.normal !== 'by') return null;
  for (let before = at - 1; before >= 0; before -= 1) {
    const token = parsed.tokens[before]!;
    if (token.pos === 'VERB') return lemmatize(token.normal);
  }
  return null;
}

/** True when `verb` is among the question's words (`asked`, lemmas), or a derivation of one. */
export function isAskedVerb(verb: string, asked: ReadonlySet<string>): boolean {
  return [...asked].some((lemma) => lemma === verb || sharesStem(lemma, verb));
}
