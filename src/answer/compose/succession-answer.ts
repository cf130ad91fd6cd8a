/**
 * "Who replaced Rob Szczepański as head brewer?": the other name of the succession the
 * evidence found (`succession-search.ts`), first, with the sentences stating it.
 */
import type { Evidence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';
import { fullNameOf } from './full-name.js';

/** The succession's answer, or null when the evidence found none. */
export function composeSuccession(evidence: Evidence): Draft | null {
  const found = evidence.succession;
  if (!found) return null;
  // "Nadia succeeds Kevin Dray": the full name the article gives ("Nadia Okonjo"), its
  // sentence cited too.
  const full = fullNameOf(evidence, found.sentence, found.name);
  const cited = found.cited.map((sentence) => ({ sentence }));
  return full
    ? {
        lead: full.name,
        leadSentence: full.sentence,
        parts: cited.some(({ sentence }) => sentence === full.sentence)
          ? cited
          : [...cited, { sentence: full.sentence }],
      }
    : { lead: found.name, leadSentence: found.sentence, parts: cited };
}
