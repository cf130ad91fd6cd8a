/**
 * The kind of answer a "what is the budget" question expects, learned from how
 * the documents write its head noun rather than from a list of nouns: when the
 * passages' figures next to "budget" are mostly amounts of money ("a budget of
 * $95 million", "its $95 million budget"), the answer is an amount of money.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { EntityType, ParsedText } from '../analyze/parse-text.js';
import type { AnswerType } from '../analyze/question-types.js';

/** Tokens either side of the noun within which a figure is taken to be its value. */
const WINDOW = 6;
/** Uses of the noun with a figure needed before a type is trusted. */
const MIN_VOTES = 2;
/** Share of those uses that must have a figure of the winning type near. */
const MIN_SHARE = 0.6;

/**
 * The answer type each kind of figure stands for. A bare number next to a noun
 * usually counts it ("14 forces") rather than giving its value, a year alone
 * usually dates it ("revenue for 2023"), and names are no one type (person,
 * place or group), so none of them votes.
 */
export const TYPE_OF_FIGURE: Partial<Record<EntityType, AnswerType>> = {
  money: 'money',
  percent: 'percent',
  date: 'date',
  duration: 'duration',
};

/**
 * The answer type the texts give the noun `head` (a lemma), or null when they
 * do not use it with figures often or consistently enough.
 */
export function inferAnswerType(head: string, texts: readonly ParsedText[]): AnswerType | null {
  const votes = new Map<AnswerType, number>();
  let total = 0;
  for (const parsed of texts) {
    parsed.tokens.forEach((token, index) => {
      if (lemmatize(token.normal) !== head) return;
      // "22 cents per share": a figure per one of the noun is a rate, not the noun's value.
      if (parsed.tokens[index - 1]?.normal === 'per') return;
      // Each kind of figure near the noun, not across a sentence's punctuation: "revenue rose
      // 9% to $598 million" states a change and an amount, and amounts win over all its uses.
      const near = new Set<AnswerType>();
      for (const entity of parsed.entities) {
        const type = TYPE_OF_FIGURE[entity.type];
        if (!type) continue;
        // "turnover for the year was £1.16 million": a span with no numeral ("the year") gives
        // the noun's time, never its value. (A date may be a day's name: "Monday night".)
        const tokens = parsed.tokens.slice(entity.first, entity.last + 1);
        if (
          entity.type === 'duration' &&
          !tokens.some((other) => other.pos === 'NUM' || /\d/u.test(other.text))
        )
          continue;
        const distance =
          entity.last < index
            ? index - entity.last
            : entity.first > index
              ? entity.first - index
              : 0;
        if (distance === 0 || distance > WINDOW) continue;
        const between = parsed.tokens.slice(
          Math.min(index, entity.last) + 1,
          Math.max(index, entity.first),
        );
        if (!between.some((other) => other.pos === 'PUNCT')) near.add(type);
      }
      if (near.size === 0) return;
      total += 1;
      for (const type of near) votes.set(type, (votes.get(type) ?? 0) + 1);
    });
  }
  const [type, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return type !== null && count >= MIN_VOTES && count / total >= MIN_SHARE ? type : null;
}
