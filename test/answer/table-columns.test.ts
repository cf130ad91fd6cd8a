import { describe, expect, it, onTestFinished } from 'vitest';
import { openWordNet } from '../../src/text/wordnet.js';
import { tableColumns, yearsOfColumn } from '../../src/answer/evidence/table-columns.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

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

  it("reads a year's column by every year it names ('2023/24 budget'), and answers from the asked one", async () => {
    expect(yearsOfColumn('2023/24 budget')).toEqual([2023, 2024]);
    const senses = openWordNet();
    onTestFinished(() => senses.close());
    expect(yearsOfColumn('Change vs Q4 2020 and Q4 2021')).toEqual([]);
    const corpus = createExtractiveCorpus(
      {
        '009_budget.md': `date 2024-01-15 Budget report 2024/25

**Draft budget by line**

| Budget line | 2023/24 budget | 2024/25 proposed |
|---|---|---|
| Grounds maintenance | £9,300 | £9,800 |
| Street lighting energy and maintenance | £5,900 | £5,400 |
`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    expect(corpus.ask('What is the street lighting budget for 2024/25?').answer).toMatch(
      /^£5,400 \[1\]/u,
    );
    expect(corpus.ask('What was the street lighting budget for 2023/24?').answer).toMatch(
      /^£5,900 \[1\]/u,
    );
    // A range no column names is not met by one sharing a year with it.
    expect(corpus.ask('What was the street lighting budget for 2025/26?').refused).toBe(true);
  }, 60_000);

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
