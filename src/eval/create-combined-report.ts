/**
 * The report of a whole run over several sets: each set's headline figures
 * and threshold check, in JSON and as Markdown.
 */
import type { EvalReport } from './create-eval-report.js';
import type { ThresholdCheck } from './eval-thresholds.js';
import { formatCrossSetTable, type SetSummaryRow } from './format-cross-set-table.js';

export interface CombinedSetEntry extends SetSummaryRow {
  description: string;
  failedCases: number;
  thresholds: ThresholdCheck | null;
}

export interface CombinedReport {
  createdAt: string;
  target: string;
  k: number;
  /** False when any set is below a minimum; null when no set had thresholds. */
  passed: boolean | null;
  sets: CombinedSetEntry[];
}

/** Gathers the per-set reports of a run. */
export function createCombinedReport(
  reports: readonly EvalReport[],
  { target, k, createdAt = new Date() }: { target: string; k: number; createdAt?: Date },
): CombinedReport {
  const checks = reports.flatMap((report) => report.thresholds ?? []);
  return {
    createdAt: createdAt.toISOString(),
    target,
    k,
    passed: checks.length === 0 ? null : checks.every((check) => check.passed),
    sets: reports.map((report) => ({
      name: report.set,
      description: report.description,
      holdout: report.holdout,
      overall: report.summary.overall,
      failedCases: report.cases.filter((caseReport) => caseReport.failure !== null).length,
      thresholds: report.thresholds,
    })),
  };
}

/** Markdown: the cross-set table, then every set below a minimum with the metrics at fault. */
export function formatCombinedReport(report: CombinedReport): string {
  const lines = [
    '# Eval: all sets',
    '',
    `${report.sets.length} sets · target ${report.target} · k ${report.k} · ${report.createdAt}`,
    '',
    '```',
    formatCrossSetTable(report.sets),
    '```',
    '',
  ];
  for (const set of report.sets) {
    const status =
      set.thresholds === null
        ? 'no thresholds'
        : set.thresholds.passed
          ? 'thresholds met'
          : 'below thresholds';
    lines.push(
      `- **${set.name}**${set.holdout ? ' (holdout)' : ''}: ${set.description} — ${set.failedCases} failed cases, ${status} (details in ${set.name}.md)`,
    );
    for (const failure of set.thresholds?.failures ?? []) lines.push(`  - ${failure}`);
  }
  return `${lines.join('\n')}\n`;
}
