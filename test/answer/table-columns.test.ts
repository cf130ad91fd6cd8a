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

  it("takes the short line above a table as its caption, and not a paragraph's sentence", () => {
    const captioned = `## Passengers by quarter (million)\n\n| Quarter | 2019 |\n|---|---:|\n| Q3 | 4.6 |\n`;
    const columns = tableColumns(captioned, captioned.indexOf('| Q3'))!;
    expect(columns.caption).toBe('Passengers by quarter (million)');
    expect(columns.context).toBe('Passengers by quarter (million) Quarter 2019');
    const prose = `The airline flew more people than ever in every quarter of the year, its chief executive said on Tuesday.\n| Quarter | 2019 |\n|---|---:|\n| Q3 | 4.6 |\n`;
    expect(tableColumns(prose, prose.indexOf('| Q3'))!.caption).toBe('');
    expect(tableColumns(TEXT, TEXT.indexOf('| Tobin Ash'))!.caption).toBe('Results:');
  });

  it('takes the heading above a note on the figures as the caption, and no paragraph above a paragraph', () => {
    const noted = `**Group occupancy by quarter**\n\nOccupancy is rooms sold as a percentage of rooms available across all three of the group's hotels.\n\n| Quarter | 2018 |\n|---|---|\n| Q3 | 91% |\n`;
    expect(tableColumns(noted, noted.indexOf('| Q3'))!.caption).toBe('Group occupancy by quarter');
    const prose = `The airline flew more people than ever.\n\nIts chief executive said on Tuesday that every quarter of the year had beaten the one before it.\n\n| Quarter | 2019 |\n|---|---:|\n| Q3 | 4.6 |\n`;
    expect(tableColumns(prose, prose.indexOf('| Q3'))!.caption).toBe('');
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
