/**
 * What did not happen: English states a counterfactual with a modal and the perfect ("The
 * penalty would have been £2.5m but was reduced…", "could have cost twice as much"). A figure
 * or date in such a clause is what would have been, not what was, so it answers no question
 * asking what was (unless the question asks what would have been).
 */
import type { Entity, Token } from '../analyze/parse-text.js';

/** The modals that, with "have" and a participle, say what did not happen ("must have" infers what did). */
const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'should', 'might']);

/** Where each counterfactual verb group of the tokens ends (the participle's index). */
function counterfactualEnds(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, at) => {
    if (!COUNTERFACTUAL_MODALS.has(token.normal)) return [];
    let next = at + 1;
    // "would not have", "wouldn't have".
    while (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'PART') next += 1;
    if (tokens[next]?.normal !== 'have' && tokens[next]?.normal !== "'ve") return [];
    const participle = tokens[next + 1];
    return participle && (participle.pos === 'VERB' || participle.pos === 'AUX') ? [next + 1] : [];
  });
}

/**
 * True when the question itself asks what would have been ("How much would it have cost?"): a
 * modal, and "have" with a participle after it, its subject between them as a question puts it.
 */
export function asksCounterfactual(tokens: readonly Token[]): boolean {
  const modal = tokens.findIndex((token) => COUNTERFACTUAL_MODALS.has(token.normal));
  return (
    modal >= 0 &&
    tokens.some(
      (token, at) =>
        at > modal &&
        token.normal === 'have' &&
        (tokens[at + 1]?.pos === 'VERB' || tokens[at + 1]?.pos === 'AUX'),
    )
  );
}

/**
 * True when the entity stands in a counterfactual clause: after a modal, "have" and a
 * participle, with no conjunction or clause-ending punctuation between ("would have been
 * £2.5m but was reduced…": £2.5m is; the figure after "but" is not).
 */
export function inCounterfactual(tokens: readonly Token[], entity: Entity): boolean {
  return counterfactualEnds(tokens).some(
    (end) =>
      end < entity.first &&
      tokens
        .slice(end + 1, entity.first)
        .every(
          (token) =>
            token.pos !== 'CCONJ' && token.pos !== 'SCONJ' && !/^[,;:.]$/u.test(token.text),
        ),
  );
}

/**
 * True when the token at `at` is a counterfactual's participle or stands in its clause after it
 * ("it wouldn't have hurt the firefighters' chances"): what it says did not happen, negated or
 * not, states neither that it did nor that it did not.
 */
export function inCounterfactualAt(tokens: readonly Token[], at: number): boolean {
  return (
    counterfactualEnds(tokens).includes(at) ||
    inCounterfactual(tokens, { type: 'clause', text: '', start: 0, end: 0, first: at, last: at })
  );
}
