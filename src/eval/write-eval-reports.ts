/**
 * Writes the JSON report and, beside it, the Markdown report of failures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EvalReport } from './create-eval-report.js';
import { formatFailureReport } from './format-failure-report.js';

/** The Markdown report's path: the JSON path with `.md` instead of `.json`. */
export function failureReportPath(jsonPath: string): string {
  return jsonPath.replace(/(\.json)?$/i, '.md');
}

/** Writes both reports and returns their paths. */
export async function writeEvalReports(
  report: EvalReport,
  { out }: { out: string },
): Promise<{ json: string; markdown: string }> {
  const markdown = failureReportPath(out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, formatFailureReport(report));
  return { json: out, markdown };
}
