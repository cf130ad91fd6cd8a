/**
 * The terminal tables of one set: one row per metric, one column per group
 * (overall, categories); then the kinds of question, one column each.
 */
import { formatTextTable, formatValue, type ValueFormat } from './format-text-table.js';
import {
  GROUP_NAMES,
  KIND_GROUP_NAMES,
  type EvalSummary,
  type GroupMetrics,
} from './summarize-scores.js';

type Row = [label: string, key: keyof GroupMetrics, format: ValueFormat];

/** Rows in reading order; `k` appears in the hit@k labels. */
function rows(k: number): Row[] {
  return [
    ['cases', 'cases', 'count'],
    ['answer accuracy', 'answerAccuracy', 'percent'],
    ['mean token F1', 'meanTokenF1', 'ratio'],
    ['all coverage', 'allCoverage', 'percent'],
    ['refusal precision', 'refusalPrecision', 'percent'],
    ['refusal recall', 'refusalRecall', 'percent'],
    ['hit@1 (citations)', 'citationHitAt1', 'percent'],
    [`hit@${k} (citations)`, 'citationHitAtK', 'percent'],
    ['MRR (citations)', 'citationMrr', 'ratio'],
    ['hit@1 (retriever)', 'retrieverHitAt1', 'percent'],
    [`hit@${k} (retriever)`, 'retrieverHitAtK', 'percent'],
    ['MRR (retriever)', 'retrieverMrr', 'ratio'],
    ['citation precision', 'citationPrecision', 'percent'],
    ['top citation correct', 'topCitationCorrect', 'percent'],
    ['quotes verified', 'quoteVerification', 'percent'],
    ['latency p50', 'latencyP50Ms', 'ms'],
    ['latency p95', 'latencyP95Ms', 'ms'],
    ['errors', 'errors', 'count'],
  ];
}

const KIND_ROWS: Row[] = [
  ['cases', 'cases', 'count'],
  ['answer accuracy', 'answerAccuracy', 'percent'],
  ['all coverage', 'allCoverage', 'percent'],
];

/** A plain-text table of the summary, overall and per category. */
export function formatSummaryTable(summary: EvalSummary, { k = 5 }: { k?: number } = {}): string {
  return formatTextTable(
    ['metric', ...GROUP_NAMES],
    rows(k).map(([label, key, format]) => [
      label,
      ...GROUP_NAMES.map((group) => formatValue(summary[group][key], format)),
    ]),
  );
}

/** The per-kind breakdown (cases, answer accuracy, all coverage); empty when no case has a kind. */
export function formatKindTable(summary: EvalSummary): string {
  const kinds = KIND_GROUP_NAMES.filter((group) => summary[group] !== undefined);
  if (kinds.length === 0) return '';
  return formatTextTable(
    ['by kind', ...kinds.map((group) => group.slice('kind:'.length))],
    KIND_ROWS.map(([label, key, format]) => [
      label,
      ...kinds.map((group) => formatValue(summary[group]?.[key] ?? null, format)),
    ]),
  );
}
