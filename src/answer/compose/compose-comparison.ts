/**
 * A comparison: the best evidence for each side (a year, quarter or name the
 * question sets against another), cited; a side the articles do not cover is
 * said so. Without sides, the best distinct sentences about the topic.
 */
import type { Constraints } from '../analyze/question-types.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';
import { pickDistinct } from './pick-sentences.js';

function describe(side: Constraints): string {
  return [
    ...side.years.map((group) => group.join('-')),
    ...side.quarters.map((quarter) => `Q${quarter}`),
    ...side.names.map((name) => name.join(' ')),
  ].join(' ');
}

/** Preference for a side's sentence that states a value of the compared kind; chosen on the development sets. */
const TYPED_BONUS = 0.2;

/** A sentence's score, with the preference for one stating a value of the compared kind. */
const typedScore = (sentence: EvidenceSentence) =>
  sentence.score + (sentence.answers.length > 0 ? TYPED_BONUS : 0);

export function composeComparison(
  evidence: Evidence,
  { minCoverage }: { minCoverage: number },
): Draft {
  const { analysis } = evidence;
  const relevant = evidence.sentences.filter((sentence) => sentence.coverage >= minCoverage * 0.8);
  if (analysis.sides.length < 2) {
    const chosen = pickDistinct(
      relevant.filter((sentence) => sentence.unmet === null),
      { count: 4, value: typedScore },
    );
    return { parts: chosen.map((sentence) => ({ sentence })) };
  }
  const parts: { text?: string; sentence: EvidenceSentence }[] = [];

  const missing: string[] = [];
  for (const side of analysis.sides) {
    // A side's evidence holds an answer of the kind compared when there is one ("€8.2 billion").
    const best = relevant
      .filter((sentence) => !parts.some((part) => part.sentence === sentence))
      .filter((sentence) => evidence.check(sentence, side) === null)
      .sort((a, b) => typedScore(b) - typedScore(a))[0];
    if (best) parts.push({ sentence: best });
    else missing.push(describe(side));
  }
  return {
    parts,
    note:
      missing.length > 0 ? `The articles do not state it for ${missing.join(' or ')}.` : undefined,
  };
}
