/**
 * Plain-text tables for the terminal: first column left-aligned, the others
 * right-aligned, a rule under the header; and how figures are shown in them.
 */

export type ValueFormat = 'count' | 'percent' | 'ratio' | 'ms';

/** A figure as the tables show it; `—` when there was nothing to measure. */
export function formatValue(value: number | null, format: ValueFormat): string {
  if (value === null) return '—';
  if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (format === 'ratio') return value.toFixed(3);
  if (format === 'ms') return `${Math.round(value)} ms`;
  return String(value);
}

/** The table of `header` and `body` rows, columns padded to their widest cell. */
export function formatTextTable(header: readonly string[], body: readonly string[][]): string {
  const table = [header, ...body];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n');
}
