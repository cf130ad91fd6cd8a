/** A table's row gives figures, no reason or means: a why question is answered from prose. */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('a why question of a report with a table', () => {
  it('is answered by the sentence giving the reason, not a row of the table', async () => {
    const report = createExtractiveCorpus(
      {
        '002_stats.md': `date 2019-01-15 Call-out statistics 2018

| Type of incident | 2017 | 2018 |
|---|---|---|
| Mountain-biking incidents | 5 | 8 |
| Animal rescues | 3 | 2 |
| False alarms with good intent | 10 | 7 |

The 2018 total of 112 call-outs is the highest in the team's history. Mountain-biking incidents rose from 5 to 8. The team links this directly to the opening of the Marrow Edge trail centre in April 2018, which has brought many riders on to steep descents.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = report.ask('Why did mountain-biking call-outs increase in 2018?');
    expect(answer).not.toMatch(/^\|/u);
    expect(answer).toContain('Marrow Edge trail centre');
  });
});
