/**
 * `npm run eval`: loads the set (stopping on a bad line), runs it against the
 * in-process assistant or a server, prints the table, writes the reports and
 * checks the thresholds. Returns the exit status.
 */
import { AppError } from '../errors/app-error.js';
import type { Writable } from 'node:stream';
import { checkThresholds, loadThresholds } from '../eval/eval-thresholds.js';
import { createEvalReport } from '../eval/create-eval-report.js';
import { createHttpTarget } from '../eval/http-target.js';
import { describeFailure } from '../eval/describe-failure.js';
import { EvalError } from '../eval/eval-error.js';
import type { EvalTarget } from '../eval/eval-target.js';
import { formatSummaryTable } from '../eval/format-summary-table.js';
import { loadEvalSet } from '../eval/parse-eval-set.js';
import { runEval } from '../eval/run-eval.js';
import { writeEvalReports } from '../eval/write-eval-reports.js';
import { EVAL_USAGE, parseEvalArgs } from './parse-eval-args.js';

export interface RunEvalCommandOptions {
  argv: readonly string[];
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Builds the in-process target; only called when `--url` is absent. */
  loadInProcessTarget: () => Promise<EvalTarget>;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}

/** 0: thresholds met; 1: a metric below its minimum; 2: the run could not be done. */
export async function runEvalCommand({
  argv,
  stdout,
  stderr,
  loadInProcessTarget,
  fetch,
  now,
}: RunEvalCommandOptions): Promise<number> {
  try {
    const args = parseEvalArgs(argv);
    if (args.help) {
      stdout.write(`${EVAL_USAGE}\n`);
      return 0;
    }
    const cases = await loadEvalSet(args.set);
    const thresholds = await loadThresholds(args.thresholds);
    const target =
      args.url === undefined
        ? await loadInProcessTarget()
        : createHttpTarget({ url: args.url, ...(fetch ? { fetch } : {}) });
    stderr.write(
      `Running ${cases.length} cases from ${args.set} against ${target.description} (k=${args.k})\n`,
    );

    const results = await runEval({
      cases,
      target,
      k: args.k,
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
      set: args.set,
      target: target.description,
      k: args.k,
      thresholds: null,
    });
    report.thresholds =
      thresholds === undefined ? null : checkThresholds(report.summary, thresholds);
    const paths = await writeEvalReports(report, { out: args.out });

    stdout.write(`\n${formatSummaryTable(report.summary, { k: args.k })}\n\n`);
    stdout.write(
      `Reports: ${paths.json} and ${paths.markdown} (${report.cases.filter((caseReport) => caseReport.failure !== null).length} failed cases)\n`,
    );
    if (report.thresholds === null) {
      stdout.write(`No thresholds at ${args.thresholds}; nothing to enforce.\n`);
      return 0;
    }
    for (const metric of report.thresholds.skipped)
      stdout.write(`Threshold not measured by this target, skipped: ${metric}\n`);
    if (!report.thresholds.passed) {
      stderr.write(
        `Below thresholds (${args.thresholds}):\n${report.thresholds.failures.map((failure) => `  ${failure}`).join('\n')}\n`,
      );
      return 1;
    }
    stdout.write(`All thresholds in ${args.thresholds} met.\n`);
    return 0;
  } catch (error) {
    if (error instanceof EvalError || error instanceof AppError) {
      stderr.write(`eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
