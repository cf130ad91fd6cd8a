/**
 * The doer of an asked verb written in the passive: "Who opened the bridge?" is answered by
 * "…was opened in 1904 by the mayor, Edwin Crake", not by the bridge or the river named
 * before the verb. English grammar, not word lists: the question's interrogative is the
 * subject of its verb, and the sentence puts that verb's doer after "by".
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { inPassive, opensParticipleClause, subjectNameOf } from './verb-arguments.js';

/** Words after the asked verb within which its "by" may come ("opened in 1904 by"). Set once, not tuned. */
const BY_REACH = 4;

/**
 * The token ranges [from, to) of the doers of the verbs at `verbs` (token positions) that
 * `tokens` writes in the passive: from "by" after the verb (within BY_REACH words, no other
 * verb or clause break between) to the next verb, auxiliary or semicolon.
 */
export function doersOf(tokens: readonly Token[], verbs: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const verb of verbs) {
    if (tokens[verb]?.pos !== 'VERB') continue;
    let by = -1;
    for (let at = verb + 1; at <= verb + BY_REACH && at < tokens.length; at += 1) {
      const token = tokens[at]!;
      if (token.normal === 'by') {
        by = at;
        break;
      }
      if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') break;
    }
    if (by < 0) continue;
    let end = by + 1;
    while (
      end < tokens.length &&
      (!['VERB', 'AUX'].includes(tokens[end]!.pos) || compoundParticiple(tokens, end)) &&
      ![';', '.'].includes(tokens[end]!.normal)
    )
      end += 1;
    spans.push([by + 1, end]);
  }
  return spans;
}

/**
 * True when the verb at `at` is a participle joined by a hyphen to the word before it
 * ("Amsterdam-based", "family-run", "state-owned"): English's compound adjective, part of the
 * noun phrase it stands in, not the next clause's verb.
 */
function compoundParticiple(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at - 1];
  return tokens[at]!.pos === 'VERB' && hyphen?.normal === '-' && hyphen.end === tokens[at]!.start;
}

/**
 * The token ranges [from, to) of the names doing the verbs at `verbs` in the active: the name
 * right before a finite verb (past its auxiliaries and adverbs: "Carys Whitlow has taken over
 * from him"), and for a participle opening a clause after a comma ("…became general manager on
 * 1 August, succeeding Eileen Trask"), the name the sentence opens with as its subject, whose
 * doing English's participle clause tells (`subject`).
 */
export function activeDoersOf(
  parsed: ParsedText,
  verbs: readonly number[],
  subject: Entity | null,
): [number, number][] {
  const spans: [number, number][] = [];
  for (const verb of verbs) {
    if (parsed.tokens[verb]?.pos !== 'VERB' || inPassive(parsed.tokens, verb)) continue;
    const name = opensParticipleClause(parsed.tokens, verb)
      ? subject && subject.last < verb
        ? subject
        : undefined
      : subjectNameOf(parsed, verb);
    if (name) spans.push([name.first, name.last + 1]);
  }
  return spans;
}
