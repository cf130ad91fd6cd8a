/**
 * The JSON report of one set: the set and settings of the run, the summary,
 * the threshold check and every case with the answer given and its citations.
 */
import type { ChatMessage } from '../answer/chat-types.js';
import type { EvalKind } from './eval-case.js';
import { describeFailure, type FailureCause } from './describe-failure.js';
import type { ThresholdCheck } from './eval-thresholds.js';
import type { CaseResult } from './run-eval.js';
import type { CaseScore } from './score-case.js';
import { summarizeScores, type EvalSummary } from './summarize-scores.js';

export interface CaseReport {
  id: string;
  question: string;
  history?: ChatMessage[];
  kind?: EvalKind;
  expected: { answers: string[]; all?: string[]; sources: string[]; answerable: boolean };
  answer: string | null;
  refused: boolean | null;
  citations: {
    n: number;
    docId: string;
    start: number;
    end: number;
    quote: string;
    verified: boolean;
  }[];
  retrievedDocIds?: string[];
  failure: FailureCause | null;
  score: CaseScore;
}

export interface EvalReport {
  createdAt: string;
  /** The set's name (its folder under eval/sets/). */
  set: string;
  description: string;
  holdout: boolean;
  /** The corpus folder the set's questions are about. */
  corpus: string;
  target: string;
  k: number;
  summary: EvalSummary;
  thresholds: ThresholdCheck | null;
  cases: CaseReport[];
}

function caseReport({ outcome, score }: CaseResult): CaseReport {
  const { evalCase, response } = outcome;
  return {
    id: evalCase.id,
    question: evalCase.question,
    ...(evalCase.history === undefined ? {} : { history: evalCase.history }),
    ...(evalCase.kind === undefined ? {} : { kind: evalCase.kind }),
    expected: {
      answers: evalCase.answers,
      ...(evalCase.all === undefined ? {} : { all: evalCase.all }),
      sources: evalCase.sources,
      answerable: evalCase.answerable,
    },
    answer: response?.answer ?? null,
    refused: response?.refused ?? null,
    citations: [...(response?.citations ?? [])]
      .sort((left, right) => left.n - right.n)
      .map(({ n, docId, start, end, quote }, index) => ({
        n,
        docId,
        start,
        end,
        quote,
        verified: outcome.quotesVerified[index] ?? false,
      })),
    ...(outcome.retrievedDocIds === undefined ? {} : { retrievedDocIds: outcome.retrievedDocIds }),
    failure: describeFailure(score),
    score,
  };
}

/** What the report says about the set it ran. */
export interface ReportedSet {
  name: string;
  description: string;
  holdout: boolean;
  corpusDir: string;
}

export interface CreateEvalReportOptions {
  results: readonly CaseResult[];
  set: ReportedSet;
  target: string;
  k: number;
  thresholds: ThresholdCheck | null;
  createdAt?: Date;
}

/** Builds the JSON report of a run. */
export function createEvalReport({
  results,
  set,
  target,
  k,
  thresholds,
  createdAt = new Date(),
}: CreateEvalReportOptions): EvalReport {
  return {
    createdAt: createdAt.toISOString(),
    set: set.name,
    description: set.description,
    holdout: set.holdout,
    corpus: set.corpusDir,
    target,
    k,
    summary: summarizeScores(results.map((result) => result.score)),
    thresholds,
    cases: results.map(caseReport),
  };
}
