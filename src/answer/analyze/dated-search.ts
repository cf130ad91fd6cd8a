/**
 * A second search among the articles dated in the years a question asks about. "Who took over
 * as festival director in 2019?" is answered by an article of 2019 ("…took over as director
 * in March"), which a search for the question's words alone may rank below articles of other
 * years that repeat them. An article reports a year's events in that year or the next (an
 * annual report, a review of the season), so both are searched.
 *
 * Not for a figure, nor a fact of no type ("Castrelle Saint-Anne passenger total for 2022?"):
 * every figure of a year's articles is a candidate for one, and searching them brought
 * sentences of that year stating other figures (a half-year's passengers, an appeal's total)
 * that the word matching let pass for the asked one — three unanswerable questions answered on
 * the aviation set and trial10, for one figure found. Decided on those sets and trial9.
 */
import type { CorpusFilters } from '../../ingest/document-types.js';
import { FIGURE_TYPES, type QuestionAnalysis } from './question-types.js';

/**
 * The date filters for the articles of the asked years and the year after, within `filters`
 * when given; null when the question asks no year, asks a figure or a fact of no type, or the
 * filters leave no date between.
 */
export function datedSearchFilters(
  analysis: Pick<QuestionAnalysis, 'constraints' | 'kind' | 'answerType'>,
  filters?: CorpusFilters,
): CorpusFilters | null {
  if (
    analysis.kind === 'factoid' &&
    (FIGURE_TYPES.has(analysis.answerType) || analysis.answerType === 'any')
  )
    return null;
  const years = analysis.constraints.years.flat();
  if (years.length === 0) return null;
  const from = `${Math.min(...years)}-01-01`;
  const to = `${Math.max(...years) + 1}-12-31`;
  const dateFrom = filters?.dateFrom && filters.dateFrom > from ? filters.dateFrom : from;
  const dateTo = filters?.dateTo && filters.dateTo < to ? filters.dateTo : to;
  if (dateFrom > dateTo) return null;
  return { ...filters, dateFrom, dateTo };
}
