/**
 * Yes or no, only when a cited sentence states it: "No" when the sentence
 * that covers the question negates what it asks or gives another figure for
 * it, "Yes" when it covers the question fully without negation. Otherwise the
 * evidence without a verdict.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Evidence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';

/** Coverage from which a sentence that neither negates nor contradicts counts as saying yes; chosen on the development sets. */
const AFFIRM_COVERAGE = 0.75;

export function composeYesNo(evidence: Evidence): Draft {
  const best = evidence.eligible[0];
  if (!best) return { parts: [] };
  const { analysis } = evidence;
  const lemmas = new Set(analysis.terms.filter((term) => term.primary).map((term) => term.lemma));
  const negatedMatch = best.parsed.tokens.some(
    (token) => token.negated && lemmas.has(lemmatize(token.normal)),
  );
  const numbers = analysis.constraints.numbers;
  const digits = best.text.replace(/[,\s]/gu, '');
  const figures = best.parsed.entities.filter((entity) =>
    ['number', 'money', 'percent'].includes(entity.type),
  );
  const contradicts =
    numbers.length > 0 && numbers.some((number) => !digits.includes(number)) && figures.length > 0;
  const parts = [{ sentence: best }];
  if (contradicts || negatedMatch !== analysis.negated)
    return { lead: 'No', leadSentence: best, parts };
  if (best.coverage >= AFFIRM_COVERAGE && best.ownCoverage >= 0.6)
    return { lead: 'Yes', leadSentence: best, parts };
  return { lead: 'The articles do not say so in as many words; this is what they state:', parts };
}
