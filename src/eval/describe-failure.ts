/**
 * Names why a case failed, so failures can be grouped by cause in reports.
 */
import type { CaseScore } from './score-case.js';

export type FailureCause =
  | 'call failed'
  | 'quote not verbatim'
  | 'refused an answerable question'
  | 'answer lacks the expected answer'
  | 'answered an unanswerable question'
  | 'refused but cited passages';

/** Why the case failed, or null when it passed. The first applicable cause wins. */
export function describeFailure(score: CaseScore): FailureCause | null {
  if (score.error !== undefined) return 'call failed';
  if (score.citations.quotesVerified < score.citations.total) return 'quote not verbatim';
  if (score.correct) return null;
  if (score.answerable)
    return score.refused ? 'refused an answerable question' : 'answer lacks the expected answer';
  return score.refused ? 'refused but cited passages' : 'answered an unanswerable question';
}
