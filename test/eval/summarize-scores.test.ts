import { describe, expect, it } from 'vitest';
import type { CaseScore } from '../../src/eval/score-case.js';
import { summarizeScores } from '../../src/eval/summarize-scores.js';

function score(overrides: Partial<CaseScore>): CaseScore {
  return {
    id: 'q',
    categories: ['answerable'],
    kind: null,
    answerable: true,
    correct: true,
    tokenF1: 1,
    allCoverage: null,
    refused: false,
    citations: { total: 0, onGoldSource: 0, quotesVerified: 0 },
    topCitationCorrect: null,
    fromCitations: null,
    fromRetriever: null,
    latencyMs: 0,
    ...overrides,
  };
}

const scores: CaseScore[] = [
  score({
    id: 'a1',
    kind: 'list',
    tokenF1: 0.5,
    allCoverage: 0.5,
    citations: { total: 2, onGoldSource: 1, quotesVerified: 2 },
    topCitationCorrect: true,
    fromCitations: { hitAt1: 1, hitAtK: 1, reciprocalRank: 1 },
    fromRetriever: { hitAt1: 0, hitAtK: 1, reciprocalRank: 0.5 },
    latencyMs: 10,
  }),
  score({
    id: 'a2',
    categories: ['answerable', 'follow-up'],
    kind: 'list',
    correct: false,
    tokenF1: 0,
    allCoverage: 0,
    refused: true,
    topCitationCorrect: false,
    fromCitations: { hitAt1: 0, hitAtK: 0, reciprocalRank: 0 },
    fromRetriever: { hitAt1: 0, hitAtK: 0, reciprocalRank: 0 },
    latencyMs: 30,
  }),
  score({
    id: 'u1',
    categories: ['unanswerable'],
    kind: 'factoid',
    answerable: false,
    refused: true,
    latencyMs: 20,
  }),
  score({
    id: 'u2',
    categories: ['unanswerable'],
    answerable: false,
    correct: false,
    tokenF1: 0,
    citations: { total: 1, onGoldSource: 0, quotesVerified: 0 },
    latencyMs: 40,
    error: 'boom',
  }),
];

describe('summarizeScores', () => {
  const summary = summarizeScores(scores);

  it('computes overall figures by hand-checkable means and ratios', () => {
    expect(summary.overall).toEqual({
      cases: 4,
      answerAccuracy: 0.5, // a1, u1 of 4
      meanTokenF1: 0.375, // (0.5 + 0 + 1 + 0) / 4
      allCoverage: 0.25, // only a1 and a2 have `all`: (0.5 + 0) / 2
      refusalPrecision: 0.5, // refusals a2, u1; u1 correct
      refusalRecall: 0.5, // unanswerable u1, u2; u1 refused
      citationHitAt1: 0.5, // answerable only: (1 + 0) / 2
      citationHitAtK: 0.5,
      citationMrr: 0.5,
      retrieverHitAt1: 0,
      retrieverHitAtK: 0.5,
      retrieverMrr: 0.25, // (0.5 + 0) / 2
      citationPrecision: 1 / 3, // 1 gold of 3 citations
      topCitationCorrect: 0.5,
      quoteVerification: 2 / 3,
      latencyP50Ms: 20, // sorted 10 20 30 40, rank 2
      latencyP95Ms: 40,
      errors: 1,
    });
  });

  it('reports per category, with a follow-up also in its answerable group', () => {
    expect(summary.answerable.cases).toBe(2);
    expect(summary['follow-up'].cases).toBe(1);
    expect(summary['follow-up'].answerAccuracy).toBe(0);
    expect(summary.unanswerable.answerAccuracy).toBe(0.5);
  });

  it('reports each kind the cases have as a group, and no group for absent kinds', () => {
    expect(summary['kind:list']).toMatchObject({
      cases: 2,
      answerAccuracy: 0.5,
      allCoverage: 0.25,
    });
    expect(summary['kind:factoid']).toMatchObject({
      cases: 1,
      answerAccuracy: 1,
      allCoverage: null,
    });
    expect(summary['kind:summary']).toBeUndefined();
  });

  it('leaves metrics that cannot be measured in a group as null', () => {
    expect(summary.unanswerable.citationHitAt1).toBeNull();
    expect(summary.unanswerable.topCitationCorrect).toBeNull();
    expect(summary.answerable.refusalRecall).toBeNull();
    expect(summary['follow-up'].citationPrecision).toBeNull();
  });
});
