/**
 * Writes the reports of a run into one folder: `<set>.json` and, beside it,
 * `<set>.md` (the failed cases) per set; `combined.json` and `combined.md`
 * for the whole run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CombinedReport } from './create-combined-report.js';
import type { EvalReport } from './create-eval-report.js';
import { formatCombinedReport } from './create-combined-report.js';
import { formatFailureReport } from './format-failure-report.js';

interface ReportPaths {
  json: string;
  markdown: string;
}

async function writePair(
  outDir: string,
  name: string,
  json: unknown,
  markdown: string,
): Promise<ReportPaths> {
  const paths = { json: join(outDir, `${name}.json`), markdown: join(outDir, `${name}.md`) };
  await mkdir(outDir, { recursive: true });
  await writeFile(paths.json, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(paths.markdown, markdown);
  return paths;
}

/** Writes one set's JSON report and its Markdown report of failures. */
export function writeEvalReports(report: EvalReport, { outDir }: { outDir: string }) {
  return writePair(outDir, report.set, report, formatFailureReport(report));
}

/** Writes the run's combined JSON and Markdown reports. */
export function writeCombinedReports(report: CombinedReport, { outDir }: { outDir: string }) {
  return writePair(outDir, 'combined', report, formatCombinedReport(report));
}
