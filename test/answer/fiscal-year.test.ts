/**
 * "FY2024" names a fiscal year by the calendar year it ends in: a year the evidence must meet,
 * not a name the articles must write ("Fiscal Year 2024").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `# Board minutes, June 2021

Date: 15 June 2021

The board approved an operating budget of $9.6 million for the fiscal year beginning July 1, 2021.`,
      '002_report.md': `# Annual report, Fiscal Year 2024

Date: 30 September 2024

The operating budget for the year was $11.2 million, and attendance reached 63,400.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a fiscal year written "FY2024"', () => {
  it('is the year the evidence must meet', () => {
    expect(corpus.ask('What was the operating budget in FY2024?').answer).toMatch(
      /^\$11\.2 million \[1\]/u,
    );
  });

  it('is no name the articles must write, nor a word to search', () => {
    const analysis = corpus.analyzer.analyze([
      { role: 'user', content: 'What was attendance in FY2024?' },
    ]);
    expect(analysis).toMatchObject({ constraints: { years: [[2024]], names: [] } });
    expect(analysis.terms.map((term) => term.token)).not.toContain('fy2024');
  });
});
