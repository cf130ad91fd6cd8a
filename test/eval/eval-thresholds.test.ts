import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkThresholds,
  loadThresholds,
  thresholdsForSet,
} from '../../src/eval/eval-thresholds.js';
import { summarizeScores } from '../../src/eval/summarize-scores.js';

const summary = summarizeScores([
  {
    id: 'q01',
    categories: ['answerable'],
    kind: 'summary',
    answerable: true,
    correct: true,
    tokenF1: 0.25,
    allCoverage: 0.5,
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

describe('checkThresholds by kind', () => {
  it('checks a kind group like a category, allCoverage included', () => {
    const check = checkThresholds(summary, {
      'kind:summary': { answerAccuracy: 0.8, allCoverage: 0.6 },
    });
    expect(check.failures).toEqual(['kind:summary.allCoverage 0.500 < 0.600']);
  });

  it('skips a kind the set has no cases of', () => {
    expect(checkThresholds(summary, { 'kind:list': { answerAccuracy: 0.8 } })).toEqual({
      passed: true,
      failures: [],
      skipped: ['kind:list.answerAccuracy'],
    });
  });
});

describe('thresholdsForSet', () => {
  const file = {
    seeds: { overall: { answerAccuracy: 0.9 } },
    '*': { overall: { quoteVerification: 1 } },
  };

  it('takes the set\u2019s own entry, else the "*" defaults, else none', () => {
    expect(thresholdsForSet(file, 'seeds')).toEqual({ overall: { answerAccuracy: 0.9 } });
    expect(thresholdsForSet(file, 'news')).toEqual({ overall: { quoteVerification: 1 } });
    expect(thresholdsForSet({ seeds: {} }, 'news')).toBeUndefined();
  });
});

describe('loadThresholds', () => {
  it('returns undefined when there is no file and reads minimums keyed by set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thresholds-'));
    expect(await loadThresholds(join(dir, 'absent.json'))).toBeUndefined();
    await writeFile(
      join(dir, 'good.json'),
      '{"seeds":{"kind:summary":{"allCoverage":0.8}},"*":{"overall":{"answerAccuracy":0.5}}}',
    );
    expect(await loadThresholds(join(dir, 'good.json'))).toEqual({
      seeds: { 'kind:summary': { allCoverage: 0.8 } },
      '*': { overall: { answerAccuracy: 0.5 } },
    });
  });

  it('rejects an unknown metric, an unknown kind and the old file without set names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thresholds-'));
    for (const [name, text] of [
      ['metric', '{"seeds":{"overall":{"accuracy":0.5}}}'],
      ['kind', '{"seeds":{"kind:essay":{"answerAccuracy":0.5}}}'],
      ['unkeyed', '{"overall":{"answerAccuracy":0.5}}'],
    ] as const) {
      await writeFile(join(dir, `${name}.json`), text);
      await expect(loadThresholds(join(dir, `${name}.json`))).rejects.toMatchObject({
        code: 'EVAL_THRESHOLDS_INVALID',
      });
    }
  });
});
