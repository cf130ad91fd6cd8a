/**
 * Runs one eval set against its target with progress on stderr, checks its
 * thresholds, writes its reports and prints its tables.
 */
import type { Writable } from 'node:stream';
import { createEvalReport, type EvalReport } from '../eval/create-eval-report.js';
import { describeFailure } from '../eval/describe-failure.js';
import type { EvalCase } from '../eval/eval-case.js';
import type { EvalTarget } from '../eval/eval-target.js';
import { checkThresholds, type Thresholds } from '../eval/eval-thresholds.js';
import { formatKindTable, formatSummaryTable } from '../eval/format-summary-table.js';
import type { EvalSetInfo } from '../eval/load-eval-sets.js';
import { runEval } from '../eval/run-eval.js';
import { writeEvalReports } from '../eval/write-eval-reports.js';

export interface RunEvalSetOptions {
  set: EvalSetInfo;
  cases: readonly EvalCase[];
  target: EvalTarget;
  k: number;
  /** The set's minimums; undefined when none apply. */
  thresholds: Thresholds | undefined;
  outDir: string;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  now?: () => number;
}

/** Runs the set and returns its report (thresholds checked, reports written). */
export async function runEvalSet({
  set,
  cases,
  target,
  k,
  thresholds,
  outDir,
  stdout,
  stderr,
  now,
}: RunEvalSetOptions): Promise<EvalReport> {
  stderr.write(
    `Running ${cases.length} cases of set ${set.name} (corpus ${set.corpusDir}) against ${target.description} (k=${k})\n`,
  );
  const results = await runEval({
    cases,
    target,
    k,
    ...(now ? { now } : {}),
    onProgress: ({ done, total, result }) => {
      const failure = describeFailure(result.score);
      const status = `[${done}/${total}] ${result.score.id} ${failure === null ? 'pass' : `FAIL (${failure})`} ${Math.round(result.score.latencyMs)} ms`;
      stderr.write(
        stderr.isTTY ? `\r\x1b[2K${status}${done === total ? '\n' : ''}` : `${status}\n`,
      );
    },
  });
  const report = createEvalReport({
    results,
    set,
    target: target.description,
    k,
    thresholds: null,
  });
  report.thresholds = thresholds === undefined ? null : checkThresholds(report.summary, thresholds);
  const paths = await writeEvalReports(report, { outDir });

  const kindTable = formatKindTable(report.summary);
  stdout.write(
    `\n== ${set.name}${set.holdout ? ' (holdout)' : ''}: ${set.description} ==\n\n` +
      `${formatSummaryTable(report.summary, { k })}\n\n` +
      (kindTable === '' ? '' : `${kindTable}\n\n`) +
      `Reports: ${paths.json} and ${paths.markdown} (${report.cases.filter((caseReport) => caseReport.failure !== null).length} failed cases)\n`,
  );
  for (const metric of report.thresholds?.skipped ?? [])
    stdout.write(`Threshold not measured for ${set.name}, skipped: ${metric}\n`);
  return report;
}
