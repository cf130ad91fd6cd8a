/**
 * Yes or no, only when a cited sentence states it: "No" when the sentence
 * that covers the question negates what it asks or gives another figure for
 * it, "Yes" when it states every word of the question (a name may stand in the
 * sentence before) without negation. Otherwise the evidence without a verdict.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Evidence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';

/** Coverage from which a sentence that neither negates nor contradicts counts as saying yes; chosen on the development sets. */
const AFFIRM_COVERAGE = 0.6;
/** The same, for the sentence on its own. */
const AFFIRM_OWN_COVERAGE = 0.5;
/**
 * Least share of the question's main verbs the sentence must state to say yes. Chosen on the
 * development sets: 0.3 removes a false "Yes" (appealing a fine, from a sentence about the
 * fine) for one correct "Yes" lost to a paraphrase (blame / accuse); 0.5 loses three.
 */
const AFFIRM_VERB = 0.3;
/** Share of the asked verbs from which a sentence counts as stating them (the verb itself, or a close synonym). */
const STATES_VERB = 0.6;

/** English's prepositions of stance after a verb, each with its opposite ("vote for" / "vote against"). */
const OPPOSITE_STANCE: Readonly<Record<string, string>> = { for: 'against', against: 'for' };

/** How many of the best sentences are searched for one stating the asked verb. */
const VERB_SEARCH = 5;

export function composeYesNo(evidence: Evidence): Draft {
  // The verdict is in the sentence that states what is asked ("would not appeal"), when one
  // of the best does; otherwise in the best.
  const best =
    evidence.eligible
      .slice(0, VERB_SEARCH)
      .find((sentence) => sentence.verbCoverage >= STATES_VERB) ?? evidence.eligible[0];
  if (!best) return { parts: [] };
  const { analysis } = evidence;
  const lemmas = new Set(analysis.terms.filter((term) => term.primary).map((term) => term.lemma));
  const tokens = best.parsed.tokens;
  // Negated: in the scope of "not"/"no"/"never", after "yet to" ("yet to be announced"), or
  // carrying a negative prefix ("unannounced", "non-binding").
  const negatedMatch = tokens.some((token, index) => {
    const lemma = lemmatize(token.normal);
    if (
      lemmas.has(lemma) &&
      (token.negated ||
        (tokens[index - 2]?.normal === 'yet' && tokens[index - 1]?.normal === 'to') ||
        (tokens[index - 3]?.normal === 'yet' && tokens[index - 2]?.normal === 'to'))
    )
      return true;
    const prefix = /^(un|non-?|dis)(\p{L}{4,})$/u.exec(token.normal);
    return prefix !== null && lemmas.has(lemmatize(prefix[2]!));
  });
  const numbers = analysis.constraints.numbers;
  const digits = best.text.replace(/[,\s]/gu, '');
  const figures = best.parsed.entities.filter((entity) =>
    ['number', 'money', 'percent'].includes(entity.type),
  );
  const contradicts =
    numbers.length > 0 && numbers.some((number) => !digits.includes(number)) && figures.length > 0;
  // "Did she vote for the budget?" against "…voted against it": the stance is the opposite.
  const stance = (list: typeof tokens) =>
    list.flatMap((token, index) => {
      const next = list[index + 1]?.normal;
      // The tagger may read a question's bare verb as a noun ("did she vote for").
      return (token.pos === 'VERB' || token.pos === 'NOUN') && next && OPPOSITE_STANCE[next]
        ? [{ verb: lemmatize(token.normal), stance: next }]
        : [];
    });
  const asked = stance(analysis.parsed.tokens);
  const opposed = stance(tokens).some((stated) =>
    asked.some((ask) => ask.verb === stated.verb && OPPOSITE_STANCE[ask.stance] === stated.stance),
  );
  const parts = [{ sentence: best }];
  if (contradicts || opposed || negatedMatch !== analysis.negated)
    return { lead: 'No', leadSentence: best, parts };
  // "Is Corvane appealing the fine?": yes only from a sentence stating the asked verb, and
  // "did he say it would have co-op?" only from one stating every word asked.
  if (
    best.unstated.length === 0 &&
    best.verbCoverage >= AFFIRM_VERB &&
    best.coverage >= AFFIRM_COVERAGE &&
    best.ownCoverage >= AFFIRM_OWN_COVERAGE
  )
    return { lead: 'Yes', leadSentence: best, parts };
  return { lead: 'The articles do not say so in as many words; this is what they state:', parts };
}
