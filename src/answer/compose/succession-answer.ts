/**
 * "Who replaced Rob Szczepański as head brewer?": the other name of the succession the
 * evidence found (`succession-search.ts`), first, with the sentences stating it.
 */
import type { Evidence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';

/** The succession's answer, or null when the evidence found none. */
export function composeSuccession(evidence: Evidence): Draft | null {
  const found = evidence.succession;
  if (!found) return null;
  return {
    lead: found.name,
    leadSentence: found.sentence,
    parts: found.cited.map((sentence) => ({ sentence })),
  };
}
