/**
 * The terminal table: one row per metric, one column per group.
 */
import { GROUP_NAMES, type EvalSummary, type GroupMetrics } from './summarize-scores.js';

type Row = [label: string, key: keyof GroupMetrics, kind: 'count' | 'percent' | 'ratio' | 'ms'];

/** Rows in reading order; `k` appears in the hit@k labels. */
function rows(k: number): Row[] {
  return [
    ['cases', 'cases', 'count'],
    ['answer accuracy', 'answerAccuracy', 'percent'],
    ['mean token F1', 'meanTokenF1', 'ratio'],
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

function formatValue(value: number | null, kind: Row[2]): string {
  if (value === null) return '—';
  if (kind === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'ratio') return value.toFixed(3);
  if (kind === 'ms') return `${Math.round(value)} ms`;
  return String(value);
}

/** A plain-text table of the summary. */
export function formatSummaryTable(summary: EvalSummary, { k = 5 }: { k?: number } = {}): string {
  const table = [
    ['metric', ...GROUP_NAMES],
    ...rows(k).map(([label, key, kind]) => [
      label,
      ...GROUP_NAMES.map((group) => formatValue(summary[group][key], kind)),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  const [header, ...body] = table;
  return [
    line(header!),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n');
}
