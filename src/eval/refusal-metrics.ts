/**
 * Refusal precision and recall, SQuAD 2.0 abstention style: the positive
 * class is "no answer". Precision: share of refusals that were on
 * unanswerable cases. Recall: share of unanswerable cases that were refused.
 */

export interface RefusalObservation {
  answerable: boolean;
  refused: boolean;
}

export interface RefusalScores {
  /** Null when the assistant never refused. */
  precision: number | null;
  /** Null when there is no unanswerable case. */
  recall: number | null;
}

/** Refusal precision and recall over a set of cases. */
export function refusalScores(observations: readonly RefusalObservation[]): RefusalScores {
  const refusals = observations.filter((observation) => observation.refused);
  const unanswerable = observations.filter((observation) => !observation.answerable);
  const correctRefusals = refusals.filter((observation) => !observation.answerable).length;
  return {
    precision: refusals.length === 0 ? null : correctRefusals / refusals.length,
    recall: unanswerable.length === 0 ? null : correctRefusals / unanswerable.length,
  };
}
