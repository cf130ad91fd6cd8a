/**
 * Two questions asked as one: English coordinates two direct questions with "and" before the
 * second's interrogative ("How much did Fernhill raise in its seed round, and which firm led
 * it?", "What is the club record and who holds it?"). Each is answered on its own, the second as
 * a follow-up to the first, whose pronouns ("it") stand for what the first asked of.
 */
import { INTERROGATIVES, isAuxiliary } from './classify-question.js';
import type { TextParser, Token } from './parse-text.js';

/** Parts of speech that make a clause: a verb, or an auxiliary standing as one ("what was the fee"). */
const CLAUSE_HEADS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** True when the tokens open a direct question: an interrogative or an auxiliary first. */
function opensQuestion(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => token.pos !== 'PUNCT');
  return first !== undefined && (INTERROGATIVES.has(first.normal) || isAuxiliary(first));
}

/** True when the tokens hold a verb of their own: a clause, not a word ("when and where…"). */
const hasClause = (tokens: readonly Token[]) => tokens.some((token) => CLAUSE_HEADS.has(token.pos));

/**
 * The two questions a question coordinates, each ending with "?" and the second opening with a
 * capital; null when it asks one. Both halves must be questions of their own: the first opening
 * with an interrogative or an auxiliary and holding a clause, the second an interrogative and a
 * clause after "and" ("…, and how many were offered places?"). Interrogatives joined before
 * one clause ("When and where was it held?", "…about how and why it failed?") ask one question.
 */
export function splitCompound(question: string, parser: TextParser): [string, string] | null {
  const parsed = parser.parse(question);
  const tokens = parsed.tokens;
  for (let at = 1; at < tokens.length - 2; at += 1) {
    if (tokens[at]!.normal !== 'and' || !INTERROGATIVES.has(tokens[at + 1]!.normal)) continue;
    const first = tokens.slice(0, at);
    const second = tokens.slice(at + 1);
    if (!opensQuestion(first) || !hasClause(first) || !hasClause(second.slice(1))) continue;
    // The first half without the comma before "and"; an interrogative there is coordinated
    // with the one after ("…about how and why it failed").
    let end = at - 1;
    while (end >= 0 && tokens[end]!.pos === 'PUNCT') end -= 1;
    if (INTERROGATIVES.has(tokens[end]!.normal)) continue;
    const head = parsed.text.slice(0, tokens[end]!.end).trim();
    const tail = parsed.text.slice(tokens[at + 1]!.start).trim();
    return [`${head}?`, `${tail.charAt(0).toUpperCase()}${tail.slice(1)}`];
  }
  return null;
}
