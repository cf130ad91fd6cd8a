/**
 * The clause of time a question hangs on its main clause ("Who was running the museum when the
 * coin hoard was bought?"): it dates what is asked, the main clause states it. English opens such
 * a clause with a subordinating conjunction of time after the question's first word, and the
 * clause has a verb of its own ("after the club was sold"; "after the storm" is a phrase).
 */
import type { Token } from './parse-text.js';
import { lemmatize } from '../../text/tokenize.js';

/** The conjunctions of time English opens a clause with (a closed class). */
const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'while',
  'after',
  'before',
  'once',
  'until',
  'since',
]);

/** Punctuation that ends a clause. */
export const CLAUSE_END = /^[,;:.!?)"”]$/u;

/**
 * The positions of the tokens of the question's clause of time, from its conjunction to the
 * punctuation that ends it; empty when it has none.
 */
export function askedTimeClause(tokens: readonly Token[]): Set<number> {
  for (let first = 1; first < tokens.length; first += 1) {
    if (!TIME_CONJUNCTIONS.has(tokens[first]!.normal)) continue;
    let last = first;
    while (last + 1 < tokens.length && !CLAUSE_END.test(tokens[last + 1]!.text)) last += 1;
    const clause = tokens.slice(first + 1, last + 1);
    if (!clause.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) continue;
    return new Set(Array.from({ length: last - first + 1 }, (_, at) => first + at));
  }
  return new Set();
}

/**
 * The lemmas of the question's words inside its clause of time and outside it: the clause
 * dates what is asked, the main clause states it.
 */
export function lemmasByTimeClause(tokens: readonly Token[]): {
  inClause: Set<string>;
  outside: Set<string>;
} {
  const clause = askedTimeClause(tokens);
  const inClause = new Set<string>();
  const outside = new Set<string>();
  tokens.forEach((token, at) => (clause.has(at) ? inClause : outside).add(lemmatize(token.normal)));
  return { inClause, outside };
}
