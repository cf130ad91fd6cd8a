/**
 * `npm run eval`: finds the sets (every folder under eval/sets/, or those
 * chosen), validates all of them before anything runs, runs each against its
 * own corpus (in process) or a server, prints per-set tables and a cross-set
 * table, writes the reports and checks the thresholds. Returns the exit status.
 */
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { AppError } from '../errors/app-error.js';
import { createCombinedReport } from '../eval/create-combined-report.js';
import type { EvalReport } from '../eval/create-eval-report.js';
import type { EvalCase } from '../eval/eval-case.js';
import { EvalError } from '../eval/eval-error.js';
import type { EvalTarget } from '../eval/eval-target.js';
import { loadThresholds, thresholdsForSet } from '../eval/eval-thresholds.js';
import { formatCrossSetTable } from '../eval/format-cross-set-table.js';
import { createHttpTarget } from '../eval/http-target.js';
import { selectEvalSets, type EvalSetInfo } from '../eval/load-eval-sets.js';
import { loadEvalSet } from '../eval/parse-eval-set.js';
import { writeCombinedReports } from '../eval/write-eval-reports.js';
import type { SetCorpus } from './load-in-process-target.js';
import { EVAL_USAGE, parseEvalArgs } from './parse-eval-args.js';
import { runEvalSet } from './run-eval-set.js';

export interface RunEvalCommandOptions {
  argv: readonly string[];
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Builds the in-process target of one set's corpus; only called when `--url` is absent. */
  loadInProcessTarget: (corpus: SetCorpus) => Promise<EvalTarget>;
  /** Where each set's index is cached, in `<indexRoot>/<set name>/`. */
  indexRoot?: string;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}

/** Reads every set's questions; one error names every bad line of every set. */
async function loadAllCases(sets: readonly EvalSetInfo[]): Promise<EvalCase[][]> {
  const results = await Promise.allSettled(sets.map((set) => loadEvalSet(set.questionsPath)));
  const problems = results.flatMap((result) =>
    result.status === 'rejected' ? [(result.reason as Error).message] : [],
  );
  if (problems.length > 0) throw new EvalError('EVAL_SET_INVALID', problems.join('\n'));
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/** 0: thresholds met; 1: a metric below its minimum; 2: the run could not be done. */
export async function runEvalCommand({
  argv,
  stdout,
  stderr,
  loadInProcessTarget,
  indexRoot = '.eval-index',
  fetch,
  now,
}: RunEvalCommandOptions): Promise<number> {
  try {
    const args = parseEvalArgs(argv);
    if (args.help) {
      stdout.write(`${EVAL_USAGE}\n`);
      return 0;
    }
    const sets = await selectEvalSets({ root: args.setsDir, chosen: args.sets });
    const casesBySet = await loadAllCases(sets);
    const thresholdsFile = await loadThresholds(args.thresholds);

    const reports: EvalReport[] = [];
    for (const [index, set] of sets.entries()) {
      const target =
        args.url === undefined
          ? await loadInProcessTarget({
              seedsDir: set.corpusDir,
              indexDir: join(indexRoot, set.name),
            })
          : createHttpTarget({ url: args.url, ...(fetch ? { fetch } : {}) });
      reports.push(
        await runEvalSet({
          set,
          cases: casesBySet[index] ?? [],
          target,
          k: args.k,
          thresholds: thresholdsFile && thresholdsForSet(thresholdsFile, set.name),
          outDir: args.outDir,
          stdout,
          stderr,
          ...(now ? { now } : {}),
        }),
      );
    }

    const combined = createCombinedReport(reports, {
      target: reports[0]?.target ?? '',
      k: args.k,
    });
    const paths = await writeCombinedReports(combined, { outDir: args.outDir });
    stdout.write(`\n== all sets ==\n\n${formatCrossSetTable(combined.sets)}\n\n`);
    stdout.write(`Reports: ${paths.json} and ${paths.markdown}\n`);
    if (thresholdsFile === undefined) {
      stdout.write(`No thresholds at ${args.thresholds}; nothing to enforce.\n`);
      return 0;
    }
    for (const set of combined.sets.filter((entry) => entry.thresholds === null))
      stdout.write(`No thresholds for set ${set.name} in ${args.thresholds} (nor "*").\n`);
    const below = combined.sets.filter((set) => set.thresholds?.passed === false);
    if (below.length > 0) {
      stderr.write(
        `Below thresholds (${args.thresholds}):\n${below
          .flatMap(
            (set) => set.thresholds?.failures.map((failure) => `  ${set.name}: ${failure}`) ?? [],
          )
          .join('\n')}\n`,
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
