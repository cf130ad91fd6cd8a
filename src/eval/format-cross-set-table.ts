/**
 * The table comparing sets: one row per set with its headline figures,
 * holdout sets marked so they are not mistaken for sets tuned on.
 */
import { formatTextTable, formatValue } from './format-text-table.js';
import type { GroupMetrics } from './summarize-scores.js';

/** One row: a set's name, whether it is held out, and its overall metrics. */
export interface SetSummaryRow {
  name: string;
  holdout: boolean;
  overall: GroupMetrics;
}

/** The cross-set table (cases, accuracy, refusals, all coverage, quotes, p95 latency). */
export function formatCrossSetTable(rows: readonly SetSummaryRow[]): string {
  return formatTextTable(
    [
      'set',
      'cases',
      'accuracy',
      'refusal prec.',
      'refusal rec.',
      'all coverage',
      'quotes verified',
      'latency p95',
    ],
    rows.map(({ name, holdout, overall }) => [
      holdout ? `${name} (holdout)` : name,
      formatValue(overall.cases, 'count'),
      formatValue(overall.answerAccuracy, 'percent'),
      formatValue(overall.refusalPrecision, 'percent'),
      formatValue(overall.refusalRecall, 'percent'),
      formatValue(overall.allCoverage, 'percent'),
      formatValue(overall.quoteVerification, 'percent'),
      formatValue(overall.latencyP95Ms, 'ms'),
    ]),
  );
}
