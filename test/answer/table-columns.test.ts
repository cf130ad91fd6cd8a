import { describe, expect, it } from 'vitest';
import { tableColumns } from '../../src/answer/evidence/table-columns.js';

const TEXT = `Results:

| Candidate | **Votes** | Share |
|---|---|---|
| Mara Quell | 4,120 | 51.0% |
| Tobin Ash | 3,958 | 49.0% |

| no header | here |
| Mara Quell | 12 |
`;

describe('tableColumns', () => {
  it('names the column of each cell of a data row', () => {
    const start = TEXT.indexOf('| Tobin Ash');
    const columns = tableColumns(TEXT, start)!;
    expect(columns.names).toEqual(['Candidate', 'Votes', 'Share']);
    const row = '| Tobin Ash | 3,958 | 49.0% |';
    expect(columns.nameAt(row.indexOf('3,958'))).toBe('Votes');
    expect(columns.nameAt(row.indexOf('49.0%'))).toBe('Share');
    expect(columns.nameAt(row.indexOf('Tobin'))).toBe('Candidate');
  });

  it('reads offsets from where the row text starts, not the line', () => {
    const start = TEXT.indexOf('Mara Quell');
    expect(tableColumns(TEXT, start)!.nameAt('Mara Quell | '.length)).toBe('Votes');
  });

  it('finds no columns for prose, a header row, or a table without a separator line', () => {
    expect(tableColumns(TEXT, 0)).toBeNull();
    expect(tableColumns(TEXT, TEXT.indexOf('| Candidate'))).toBeNull();
    expect(tableColumns(TEXT, TEXT.lastIndexOf('| Mara Quell'))).toBeNull();
  });
});
