/**
 * Citation metrics: how many citations point at a gold source, and whether
 * the first citation is a gold source whose quote holds an acceptable answer.
 */
import type { Citation } from '../answer/chat-types.js';
import { containsAnswer } from './normalize-answer.js';

/** Citations in marker order (`[1]` first). */
export function orderCitations(citations: readonly Citation[]): Citation[] {
  return [...citations].sort((left, right) => left.n - right.n);
}

/** How many of the citations are from one of the gold sources. */
export function countGoldCitations(
  citations: readonly Citation[],
  sources: readonly string[],
): number {
  return citations.filter((citation) => sources.includes(citation.docId)).length;
}

/**
 * True when the first citation is from a gold source and its quote contains
 * one of the acceptable answers (any quote when `answers` is null); false when
 * there is no citation.
 */
export function isTopCitationCorrect(
  citations: readonly Citation[],
  { sources, answers }: { sources: readonly string[]; answers: readonly string[] | null },
): boolean {
  const top = orderCitations(citations)[0];
  if (top === undefined || !sources.includes(top.docId)) return false;
  if (answers === null) return true;
  return answers.some((answer) => containsAnswer(top.quote, answer));
}
