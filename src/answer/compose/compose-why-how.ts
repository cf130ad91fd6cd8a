/**
 * Why and how: the sentence about the question and, when it does not give a
 * reason or means itself, the neighbour that does. English marks reasons and
 * means with subordinating conjunctions ("because", "after", "as") and with
 * purpose or manner phrases ("to" or "by" before a verb).
 */
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';

/** True when the sentence has a clause of reason, purpose or means. */
export function givesReason(sentence: EvidenceSentence): boolean {
  const tokens = sentence.parsed.tokens;
  return tokens.some((token, index) => {
    if (token.pos === 'SCONJ') return true;
    const next = tokens[index + 1];
    if ((token.normal === 'to' || token.normal === 'by') && next?.pos === 'VERB') return true;
    return token.normal === 'because' || (token.normal === 'due' && next?.normal === 'to');
  });
}

export function composeWhyHow(evidence: Evidence): Draft {
  const ranked = [...evidence.eligible].sort(
    (a, b) => b.score + (givesReason(b) ? 0.05 : 0) - (a.score + (givesReason(a) ? 0.05 : 0)),
  );
  const best = ranked[0];
  if (!best) return { parts: [] };
  const parts = [best];
  const next = evidence
    .sentencesOf(best.document.docId)
    .find((sentence) => sentence.position === best.position + 1);
  if (next && (givesReason(next) || !givesReason(best))) parts.push(next);
  return { parts: parts.map((sentence) => ({ sentence })) };
}
