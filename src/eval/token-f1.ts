/**
 * SQuAD token F1: overlap of normalised tokens between an answer and a gold
 * answer, counted as multisets.
 */
import { answerTokens } from './normalize-answer.js';

/** Token F1 between a predicted and one gold answer (1 when both are empty). */
export function tokenF1(predicted: string, gold: string): number {
  const predictedTokens = answerTokens(predicted);
  const goldTokens = answerTokens(gold);
  if (predictedTokens.length === 0 || goldTokens.length === 0) {
    return predictedTokens.length === goldTokens.length ? 1 : 0;
  }
  const remaining = new Map<string, number>();
  for (const token of goldTokens) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predictedTokens) {
    const count = remaining.get(token) ?? 0;
    if (count > 0) {
      common += 1;
      remaining.set(token, count - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predictedTokens.length;
  const recall = common / goldTokens.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The best token F1 against any of the gold answers (0 when there are none). */
export function bestTokenF1(predicted: string, golds: readonly string[]): number {
  return golds.reduce((best, gold) => Math.max(best, tokenF1(predicted, gold)), 0);
}
