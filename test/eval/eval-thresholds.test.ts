import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkThresholds, loadThresholds } from '../../src/eval/eval-thresholds.js';
import { summarizeScores } from '../../src/eval/summarize-scores.js';

const summary = summarizeScores([
  {
    id: 'q01',
    categories: ['answerable'],
    answerable: true,
    correct: true,
    tokenF1: 0.25,
    refused: false,
    citations: { total: 1, onGoldSource: 1, quotesVerified: 1 },
    topCitationCorrect: true,
    fromCitations: { hitAt1: 1, hitAtK: 1, reciprocalRank: 1 },
    fromRetriever: null,
    latencyMs: 5,
  },
]);

describe('checkThresholds', () => {
  it('passes when every metric reaches its minimum', () => {
    expect(
      checkThresholds(summary, { overall: { answerAccuracy: 1, quoteVerification: 1 } }),
    ).toEqual({
      passed: true,
      failures: [],
      skipped: [],
    });
  });

  it('names every metric below its minimum', () => {
    const check = checkThresholds(summary, {
      overall: { meanTokenF1: 0.3 },
      answerable: { answerAccuracy: 0.5 },
    });
    expect(check.passed).toBe(false);
    expect(check.failures).toEqual(['overall.meanTokenF1 0.250 < 0.300']);
  });

  it('skips metrics the run could not measure instead of failing them', () => {
    const check = checkThresholds(summary, {
      overall: { retrieverHitAt1: 0.9 },
      unanswerable: { refusalRecall: 0.9 },
    });
    expect(check).toEqual({
      passed: true,
      failures: [],
      skipped: ['overall.retrieverHitAt1', 'unanswerable.refusalRecall'],
    });
  });
});

describe('loadThresholds', () => {
  it('returns undefined when there is no file and rejects an unknown metric', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thresholds-'));
    expect(await loadThresholds(join(dir, 'absent.json'))).toBeUndefined();
    await writeFile(join(dir, 'bad.json'), '{"overall":{"accuracy":0.5}}');
    await expect(loadThresholds(join(dir, 'bad.json'))).rejects.toMatchObject({
      code: 'EVAL_THRESHOLDS_INVALID',
    });
  });
});
