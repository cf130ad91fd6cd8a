/**
 * A yes-or-no question comparing two names ("Is Porto cheaper than Lisbon?") is answered by
 * a sentence stating that very comparison: the asked comparative between the two names, "than"
 * before the second ("Porto is smaller and cheaper than Lisbon": Yes), or the names the other
 * way round ("Lisbon is cheaper than Porto": No), or with the asked adjective's antonym
 * ("Is Porto bigger than Lisbon?": No). English grammar, not wording: a comparative is an
 * adjective's -er form or "more"/"less" before one; antonyms are WordNet's.
 */
import { isComparative } from '../../text/tokenize.js';
import { isAuxiliary } from '../analyze/classify-question.js';
import type { Token } from '../analyze/parse-text.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';

/** How many of the best sentences are searched for the comparison. Set once, as the factoid's description search. */
const SEARCH = 8;

/** Degree words of a comparative ("more punctual", "less expensive"). */
const DEGREES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/**
 * The comparatives coordinated right before "than" at `than` ("smaller and cheaper", "more
 * punctual"), each as its lemma after "less" when it says less ("cheap", "punctual", "less
 * expensive"), and where the run starts; null when none.
 */
function comparativesBefore(
  tokens: readonly Token[],
  than: number,
): { compared: Set<string>; start: number } | null {
  const compared = new Set<string>();
  let start = than;
  for (let at = than - 1; at >= 0; at -= 1) {
    const token = tokens[at]!;
    const joins = token.pos === 'CCONJ' || token.text === ',';
    const adjective =
      token.pos === 'ADJ' || (isComparative(token.normal) && !DEGREES.has(token.normal));
    if (!joins && !adjective && !DEGREES.has(token.normal)) break;
    start = at;
    if (adjective) {
      const degree =
        tokens[at - 1] && DEGREES.has(tokens[at - 1]!.normal) ? tokens[at - 1]!.normal : '';
      // "more expensive" and "cheaper" say more of their adjective; "less" the opposite.
      compared.add(`${degree === 'more' ? '' : degree} ${token.lemma}`.trim());
    }
  }
  return compared.size > 0 ? { compared, start } : null;
}

/** Where the first of `words` (a side's distinctive words) is among `tokens` from `from` to `to`, or -1. */
function nameAt(
  tokens: readonly Token[],
  words: readonly string[][],
  from: number,
  to: number,
): number {
  for (let at = from; at < to; at += 1)
    if (words.some((name) => name.includes(tokens[at]!.normal))) return at;
  return -1;
}

export interface StatedComparison {
  verdict: 'Yes' | 'No';
  sentence: EvidenceSentence;
}

/**
 * The sentence stating the comparison a yes-or-no question asks between its two sides, given
 * as each side's distinctive words, with its verdict; null when none states it.
 */
export function statedComparison(
  evidence: Evidence,
  sides: readonly [readonly string[][], readonly string[][]],
  /** An adjective's antonyms (WordNet's): "smaller" answers "bigger" the other way. */
  antonyms: (adjective: string) => readonly string[] = () => [],
): StatedComparison | null {
  const question = evidence.analysis.parsed.tokens.filter((token) => token.pos !== 'PUNCT');
  const first = question[0];
  if (!first || !isAuxiliary(first)) return null;
  const than = question.findIndex((token) => token.normal === 'than');
  const asked = than > 0 ? comparativesBefore(question, than) : null;
  if (!asked || asked.compared.size !== 1) return null;
  const comparative = [...asked.compared][0]!;
  // "Is Porto bigger than Lisbon?" — "Porto is smaller…": an antonym states the converse.
  const opposites = new Set(comparative.includes(' ') ? [] : antonyms(comparative));
  // The side the question names before "than" is the one it says is more so.
  const [one, other] = sides;
  const oneAt = nameAt(question, one, 0, question.length);
  const otherAt = nameAt(question, other, 0, question.length);
  if (oneAt < 0 || otherAt < 0) return null;
  const [subject, object] = oneAt < otherAt ? [one, other] : [other, one];
  for (const sentence of evidence.eligible.slice(0, SEARCH)) {
    const tokens = sentence.parsed.tokens;
    for (let at = 0; at < tokens.length; at += 1) {
      if (tokens[at]!.normal !== 'than') continue;
      const stated = comparativesBefore(tokens, at);
      if (!stated) continue;
      const same = stated.compared.has(comparative);
      if (!same && ![...stated.compared].some((word) => opposites.has(word))) continue;
      // The clause after "than", up to punctuation.
      let end = at + 1;
      while (end < tokens.length && tokens[end]!.pos !== 'PUNCT') end += 1;
      const before = (words: readonly string[][]) => nameAt(tokens, words, 0, stated.start) >= 0;
      const after = (words: readonly string[][]) => nameAt(tokens, words, at + 1, end) >= 0;
      const inOrder = before(subject) && after(object);
      const reversed = before(object) && after(subject);
      if (!inOrder && !reversed) continue;
      return { verdict: inOrder === same ? 'Yes' : 'No', sentence };
    }
  }
  return null;
}
