/**
 * The Markdown report of failed cases, grouped by cause: question, expected
 * answers, the answer given and its citations.
 */
import type { CaseReport, EvalReport } from './create-eval-report.js';

function quoteBlock(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function formatCase(report: CaseReport): string {
  const { expected } = report;
  const lines = [`### ${report.id}: ${report.question}`, ''];
  for (const message of report.history ?? [])
    lines.push(`- earlier ${message.role}: ${message.content}`);
  if (report.kind !== undefined) lines.push(`- kind: ${report.kind}`);
  lines.push(
    `- expected: ${expected.answerable ? expected.answers.map((answer) => `\`${answer}\``).join(' or ') : 'a refusal with no citations'}` +
      (expected.sources.length > 0 ? ` from ${expected.sources.join(', ')}` : ''),
    ...(expected.all === undefined
      ? []
      : [
          `- all of: ${expected.all.map((item) => `\`${item}\``).join(', ')} (coverage ${((report.score.allCoverage ?? 0) * 100).toFixed(0)}%)`,
        ]),
    `- refused: ${report.refused === null ? 'n/a' : report.refused ? 'yes' : 'no'}` +
      (report.score.error === undefined ? '' : ` · error: ${report.score.error}`),
  );
  if (report.retrievedDocIds !== undefined)
    lines.push(`- retriever ranked: ${report.retrievedDocIds.join(', ') || 'nothing'}`);
  lines.push('', 'Answer given:', '', quoteBlock(report.answer ?? '(none)'), '');
  if (report.citations.length === 0) lines.push('No citations.');
  for (const citation of report.citations) {
    const verified = citation.verified ? 'verbatim' : '**quote does not match the file**';
    lines.push(
      `${citation.n}. ${citation.docId} [${citation.start}, ${citation.end}) ${verified}: “${citation.quote.trim()}”`,
    );
  }
  return lines.join('\n');
}

/** Markdown listing every failed case of the report, grouped by why it failed. */
export function formatFailureReport(report: EvalReport): string {
  const failed = report.cases.filter((caseReport) => caseReport.failure !== null);
  const header = [
    `# Eval failures: ${report.set}${report.holdout ? ' (holdout)' : ''}`,
    '',
    `${failed.length} of ${report.cases.length} cases failed · set ${report.set} · corpus ${report.corpus} · target ${report.target} · k ${report.k} · ${report.createdAt}`,
  ];
  if (report.thresholds !== null && !report.thresholds.passed) {
    header.push(
      '',
      'Below thresholds:',
      ...report.thresholds.failures.map((failure) => `- ${failure}`),
    );
  }
  const causes = [...new Set(failed.map((caseReport) => caseReport.failure))];
  const sections = causes.map((cause) => {
    const cases = failed.filter((caseReport) => caseReport.failure === cause);
    return [`## ${cause} (${cases.length})`, '', cases.map(formatCase).join('\n\n')].join('\n');
  });
  return [...header, '', ...sections].join('\n') + '\n';
}
