/**
 * Renders benchmark rows as Markdown tables for the summaries.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

function show(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '–';
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? cell.toLocaleString('en-US', { maximumFractionDigits: 3 })
      : String(cell);
  return String(cell);
}

/** A GitHub-flavoured Markdown table with the rows' keys as columns. */
export function markdownTable(
  rows: readonly Row[],
  columns: readonly string[] = Object.keys(rows[0] ?? {}),
): string {
  if (rows.length === 0) return '_no rows_\n';
  const lines = [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((column) => show(row[column])).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
