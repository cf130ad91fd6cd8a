/**
 * A second search inside the articles the first one found, for what the question asks of the
 * names it gives. An article about a name seldom repeats it in every passage: an interview
 * titled "…on Hollow Meridian II" answers "What's the budget for Hollow Meridian II?" with
 * "The budget is about $95 million", and the passages that repeat the name outrank it in a
 * search for the whole question. Searching the article for the question's other words alone
 * finds it.
 */
import type { RetrievedPassage } from '../../ingest/document-types.js';
import type { QuestionAnalysis } from './question-types.js';

/**
 * How many of the first search's articles are searched again (in its order). The articles
 * after the third are seldom about the name; chosen once, not tuned.
 */
export const WITHIN_DOCUMENTS = 3;

export interface WithinDocumentQuery {
  /** The question's own words that are not names. */
  query: string;
  /** The articles to search, in the first search's order. */
  docIds: string[];
}

/**
 * The search for what a question asks of its names, inside the first articles `passages`
 * come from; null when the question gives no name, or asks nothing but names.
 */
export function withinDocumentQuery(
  analysis: Pick<QuestionAnalysis, 'terms' | 'constraints'>,
  passages: readonly RetrievedPassage[],
): WithinDocumentQuery | null {
  const own = analysis.terms.filter((term) => term.primary);
  // A name's common words ("Forge" of "Ember Forge III") are the name's too.
  const named = new Set(analysis.constraints.names.flat());
  const inName = (term: (typeof own)[number]) => term.name || named.has(term.token);
  if (!own.some(inName)) return null;
  const words = own.filter((term) => !inName(term)).map((term) => term.token);
  if (words.length === 0) return null;
  const docIds = [...new Set(passages.map((passage) => passage.chunk.docId))].slice(
    0,
    WITHIN_DOCUMENTS,
  );
  return docIds.length === 0 ? null : { query: words.join(' '), docIds };
}
