/**
 * Clauses of time: English answers "when" with a date, or with a clause opened by "when" or
 * "whenever" ("When they are at right angles, the tides are weakest"), which explainers and
 * manuals use where news gives a date.
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import { CLAUSE_END } from '../analyze/asked-time-clause.js';

/** The conjunctions that open a clause of time and nothing else (a closed class). */
const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'whenever']);

/**
 * Each clause of time in `parsed`, from its conjunction to the punctuation that ends it; none
 * in a question, and none that is the whole sentence.
 */
export function timeClauses(parsed: ParsedText): Entity[] {
  const { tokens } = parsed;
  if (tokens.at(-1)?.text === '?') return [];
  const clauses: Entity[] = [];
  tokens.forEach((token, first) => {
    if (!TIME_CONJUNCTIONS.has(token.normal)) return;
    let last = first;
    while (last + 1 < tokens.length && !CLAUSE_END.test(tokens[last + 1]!.text)) last += 1;
    // A conjunction with nothing after it, or a clause that runs the whole sentence, says no time.
    if (last === first || (first === 0 && last >= tokens.length - 2)) return;
    const start = token.start;
    const end = tokens[last]!.end;
    clauses.push({ type: 'clause', text: parsed.text.slice(start, end), start, end, first, last });
  });
  return clauses;
}
