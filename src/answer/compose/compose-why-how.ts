/**
 * Why and how: the sentences about the question that give a reason or a
 * means, and the neighbour of the best one when it carries the reason on.
 * English marks reasons and means with subordinating conjunctions
 * ("because", "after", "as", "since"), "due to", and purpose or manner
 * phrases ("to" or "by" before a verb).
 */
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';
import { inReadingOrder, pickDistinct } from './pick-sentences.js';

/** How many sentences either side of the best one a reason is looked for. */
const REASON_REACH = 1;
/** Most sentences a why/how answer shows. */
const MAX_SENTENCES = 3;
/** Added to the score of a sentence that gives a reason or a means; chosen on the development sets. */
const REASON_BONUS = 0.15;

/**
 * English's complex prepositions of cause (a closed class): "out of respect", "thanks to
 * the loan", "owing to delays", "because of", "due to", "as a result of", "in response to".
 */
const CAUSAL_PREPOSITIONS = [
  ['out', 'of'],
  ['thanks', 'to'],
  ['owing', 'to'],
  ['due', 'to'],
  ['because', 'of'],
  ['result', 'of'],
  ['response', 'to'],
];

/** True when the sentence has a clause or phrase of reason, purpose or means. */
export function givesReason(sentence: EvidenceSentence): boolean {
  const tokens = sentence.parsed.tokens;
  return tokens.some((token, index) => {
    const next = tokens[index + 1];
    if (token.pos === 'SCONJ' && token.normal !== 'that' && token.normal !== 'whether') return true;
    if ((token.normal === 'to' || token.normal === 'by') && next?.pos === 'VERB') return true;
    if (token.normal === 'because') return true;
    return CAUSAL_PREPOSITIONS.some(
      ([first, second]) => token.normal === first && next?.normal === second,
    );
  });
}

/**
 * Weight of the event's own words in choosing the sentence: the names and years a
 * why-question gives are met by the article; the event ("the penalty", "financing
 * the purchase") must be in the sentence that explains it. Chosen on the development sets.
 */
const EVENT_WEIGHT = 0.5;

export function composeWhyHow(evidence: Evidence, { minCoverage }: { minCoverage: number }): Draft {
  const value = (sentence: EvidenceSentence) =>
    sentence.score +
    (givesReason(sentence) ? REASON_BONUS : 0) +
    EVENT_WEIGHT * sentence.eventCoverage;
  const pool = evidence.sentences.filter(
    (sentence) => sentence.unmet === null && sentence.coverage >= 0.8 * minCoverage,
  );
  const ranked = pickDistinct(pool, { count: 2, value });
  const best = ranked[0];
  if (!best) return { parts: [] };
  const chosen = [...ranked];
  // The reason often follows the event in the next sentences of its paragraph ("…stood with
  // his arms by his sides. He said it was out of respect."): the nearest one giving a reason
  // within REASON_REACH, else the next sentence, which carries the event on.
  const around = evidence
    .sentencesOf(best.document.docId)
    .filter(
      (sentence) =>
        sentence.position !== best.position &&
        Math.abs(sentence.position - best.position) <= REASON_REACH &&
        !chosen.includes(sentence),
    )
    .sort(
      (a, b) =>
        Math.abs(a.position - best.position) - Math.abs(b.position - best.position) ||
        b.position - a.position,
    );
  const next =
    (givesReason(best) ? undefined : around.find(givesReason)) ??
    around.find((sentence) => sentence.position === best.position + 1);
  if (next && chosen.length < MAX_SENTENCES) chosen.push(next);
  return { parts: inReadingOrder(chosen).map((sentence) => ({ sentence })) };
}
