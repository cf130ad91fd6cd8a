/**
 * Scores one case: what the target answered, against what the set expects.
 */
import type { ChatResponse } from '../answer/chat-types.js';
import { categoriesOf, type EvalCase, type EvalCategory, type EvalKind } from './eval-case.js';
import { answerAllCoverage, answerTokenF1, isAnswerCorrect } from './answer-accuracy.js';
import { countGoldCitations, isTopCitationCorrect, orderCitations } from './citation-metrics.js';
import { hitAtK, reciprocalRank } from './retrieval-metrics.js';

/** What running one case produced. */
export interface CaseOutcome {
  evalCase: EvalCase;
  /** Null when the call failed. */
  response: ChatResponse | null;
  error?: string;
  latencyMs: number;
  /** One entry per citation (marker order): did its quote match the file text? */
  quotesVerified: boolean[];
  /** Document ids the retriever ranked, when the target exposes it. */
  retrievedDocIds?: string[];
}

/** Retrieval scores for one ranked list; null on unanswerable cases. */
export interface RankScores {
  hitAt1: number;
  hitAtK: number;
  reciprocalRank: number;
}

export interface CaseScore {
  id: string;
  categories: EvalCategory[];
  /** The case's kind; null when the set does not say. */
  kind: EvalKind | null;
  answerable: boolean;
  correct: boolean;
  tokenF1: number;
  /** Share of the case's `all` strings in the answer; null when it has none. */
  allCoverage: number | null;
  refused: boolean;
  citations: { total: number; onGoldSource: number; quotesVerified: number };
  /** Null on unanswerable cases. */
  topCitationCorrect: boolean | null;
  fromCitations: RankScores | null;
  fromRetriever: RankScores | null;
  latencyMs: number;
  error?: string;
}

function rankScores(ranked: readonly string[], sources: readonly string[], k: number): RankScores {
  return {
    hitAt1: hitAtK(ranked, sources, 1),
    hitAtK: hitAtK(ranked, sources, k),
    reciprocalRank: reciprocalRank(ranked, sources),
  };
}

/** Scores a case's outcome; `k` is the cut-off for hit@k. */
export function scoreCase(outcome: CaseOutcome, { k }: { k: number }): CaseScore {
  const { evalCase, response } = outcome;
  const citations = orderCitations(response?.citations ?? []);
  const scoreRanks = evalCase.answerable;
  return {
    id: evalCase.id,
    categories: categoriesOf(evalCase),
    kind: evalCase.kind ?? null,
    answerable: evalCase.answerable,
    correct: isAnswerCorrect(evalCase, response),
    tokenF1: answerTokenF1(evalCase, response),
    allCoverage: answerAllCoverage(evalCase, response),
    refused: response?.refused ?? false,
    citations: {
      total: citations.length,
      onGoldSource: countGoldCitations(citations, evalCase.sources),
      quotesVerified: outcome.quotesVerified.filter(Boolean).length,
    },
    topCitationCorrect: scoreRanks
      ? isTopCitationCorrect(citations, {
          sources: evalCase.sources,
          // A quote never says "yes" or "no": a verdict's top citation only needs a gold source.
          answers: evalCase.kind === 'yes-no' ? null : evalCase.answers,
        })
      : null,
    fromCitations: scoreRanks
      ? rankScores(
          citations.map((citation) => citation.docId),
          evalCase.sources,
          k,
        )
      : null,
    fromRetriever:
      scoreRanks && outcome.retrievedDocIds !== undefined
        ? rankScores(outcome.retrievedDocIds, evalCase.sources, k)
        : null,
    latencyMs: outcome.latencyMs,
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  };
}

/** A case fails when its behaviour is wrong, the call failed, or a quote is not verbatim. */
export function isCaseFailed(score: CaseScore): boolean {
  return (
    !score.correct ||
    score.error !== undefined ||
    score.citations.quotesVerified < score.citations.total
  );
}
