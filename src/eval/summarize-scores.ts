/**
 * Aggregates case scores into the report's metrics, overall, per category and
 * per kind of question. A metric with nothing to measure in a group is null,
 * never a made-up 0 or 1.
 */
import { EVAL_KINDS, type EvalCategory, type EvalKind } from './eval-case.js';
import { percentile } from './latency-percentiles.js';
import { refusalScores } from './refusal-metrics.js';
import type { CaseScore, RankScores } from './score-case.js';

export interface GroupMetrics {
  cases: number;
  /** SQuAD 2.0 style: answer contains a gold answer, or a clean refusal when unanswerable. */
  answerAccuracy: number | null;
  meanTokenF1: number | null;
  /** Mean share of the `all` strings found, over cases that have `all`. */
  allCoverage: number | null;
  refusalPrecision: number | null;
  refusalRecall: number | null;
  citationHitAt1: number | null;
  citationHitAtK: number | null;
  citationMrr: number | null;
  retrieverHitAt1: number | null;
  retrieverHitAtK: number | null;
  retrieverMrr: number | null;
  /** Share of all citations whose document is a gold source. */
  citationPrecision: number | null;
  topCitationCorrect: number | null;
  /** Share of citations whose quote is exactly the file text at its offsets. */
  quoteVerification: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  errors: number;
}

export type MetricName = Exclude<keyof GroupMetrics, 'cases' | 'errors'>;
/** The groups every summary has: overall and the categories. */
export type CoreGroupName = 'overall' | EvalCategory;
/** A group of the cases of one kind, present when the set has such cases. */
export type KindGroupName = `kind:${EvalKind}`;
export type GroupName = CoreGroupName | KindGroupName;
export type EvalSummary = Record<CoreGroupName, GroupMetrics> &
  Partial<Record<KindGroupName, GroupMetrics>>;

export const GROUP_NAMES: readonly CoreGroupName[] = [
  'overall',
  'answerable',
  'unanswerable',
  'follow-up',
];

export const KIND_GROUP_NAMES: readonly KindGroupName[] = EVAL_KINDS.map(
  (kind) => `kind:${kind}` as const,
);

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function rankMeans(ranks: readonly (RankScores | null)[]) {
  const present = ranks.filter((rank): rank is RankScores => rank !== null);
  return {
    hitAt1: mean(present.map((rank) => rank.hitAt1)),
    hitAtK: mean(present.map((rank) => rank.hitAtK)),
    mrr: mean(present.map((rank) => rank.reciprocalRank)),
  };
}

/** The metrics of one group of cases. */
export function summarizeGroup(scores: readonly CaseScore[]): GroupMetrics {
  const refusal = refusalScores(scores);
  const fromCitations = rankMeans(scores.map((score) => score.fromCitations));
  const fromRetriever = rankMeans(scores.map((score) => score.fromRetriever));
  const citations = scores.reduce(
    (sum, score) => ({
      total: sum.total + score.citations.total,
      onGoldSource: sum.onGoldSource + score.citations.onGoldSource,
      quotesVerified: sum.quotesVerified + score.citations.quotesVerified,
    }),
    { total: 0, onGoldSource: 0, quotesVerified: 0 },
  );
  const topCitations = scores.flatMap((score) =>
    score.topCitationCorrect === null ? [] : [score.topCitationCorrect ? 1 : 0],
  );
  const latencies = scores.map((score) => score.latencyMs);
  return {
    cases: scores.length,
    answerAccuracy: mean(scores.map((score) => (score.correct ? 1 : 0))),
    meanTokenF1: mean(scores.map((score) => score.tokenF1)),
    allCoverage: mean(scores.flatMap((score) => score.allCoverage ?? [])),
    refusalPrecision: refusal.precision,
    refusalRecall: refusal.recall,
    citationHitAt1: fromCitations.hitAt1,
    citationHitAtK: fromCitations.hitAtK,
    citationMrr: fromCitations.mrr,
    retrieverHitAt1: fromRetriever.hitAt1,
    retrieverHitAtK: fromRetriever.hitAtK,
    retrieverMrr: fromRetriever.mrr,
    citationPrecision: ratio(citations.onGoldSource, citations.total),
    topCitationCorrect: mean(topCitations),
    quoteVerification: ratio(citations.quotesVerified, citations.total),
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    errors: scores.filter((score) => score.error !== undefined).length,
  };
}

/**
 * Metrics overall, for each category (a follow-up counts in its
 * answerable/unanswerable group too) and for each kind the cases have.
 */
export function summarizeScores(scores: readonly CaseScore[]): EvalSummary {
  const inGroup = (group: CoreGroupName) =>
    group === 'overall' ? scores : scores.filter((score) => score.categories.includes(group));
  const core = GROUP_NAMES.map((group) => [group, summarizeGroup(inGroup(group))]);
  const kinds = EVAL_KINDS.flatMap((kind) => {
    const ofKind = scores.filter((score) => score.kind === kind);
    return ofKind.length === 0 ? [] : [[`kind:${kind}`, summarizeGroup(ofKind)]];
  });
  return Object.fromEntries([...core, ...kinds]) as EvalSummary;
}
