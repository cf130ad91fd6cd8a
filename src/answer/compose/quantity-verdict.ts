/**
 * Verdicts English's quantities give: a part where the question asks of all ("Did the board
 * accept all of the recommendations?" — "accepted seven of the nine recommendations"), and
 * another ordinal of the same thing ("Was her 2019 title her first?" — "won the ladies'
 * championship for the third time"), and a figure stated only as what was set aside ("63
 * turbines, rather than the 84 originally consented").
 */
import { lemmatize } from '../../text/tokenize.js';
import { countValue, ordinalValue } from '../analyze/find-constraints.js';
import type { Token } from '../analyze/parse-text.js';

/** English's universal quantifiers (a closed class). */
const UNIVERSAL: ReadonlySet<string> = new Set(['all', 'every', 'each']);
/** Tags of the words between a partitive's "of" and its second figure ("of the nine", "of its 12"). */
const DETERMINER: ReadonlySet<string> = new Set(['DET', 'PRON']);

/**
 * True when the question asks of all of something and the sentence states a part of it: a
 * figure "of" a larger one before a noun the question names ("seven of the nine
 * recommendations").
 */
export function statesPartOfAll(question: readonly Token[], sentence: readonly Token[]): boolean {
  if (!question.some((token) => UNIVERSAL.has(token.normal))) return false;
  const asked = new Set(question.map((token) => lemmatize(token.normal)));
  return sentence.some((token, at) => {
    const part = countValue(token.normal);
    if (part === null || sentence[at + 1]?.normal !== 'of') return false;
    let next = at + 2;
    while (DETERMINER.has(sentence[next]?.pos ?? '')) next += 1;
    const whole = countValue(sentence[next]?.normal ?? '');
    const noun = sentence[next + 1];
    return (
      whole !== null && part < whole && noun !== undefined && asked.has(lemmatize(noun.normal))
    );
  });
}

/** The ordinal a word writes ("first", "3rd"), or null. */
function ordinalOf(word: string): number | null {
  const suffixed = /^(\d+)(?:st|nd|rd|th)$/u.exec(word);
  return suffixed ? Number(suffixed[1]) : ordinalValue(word);
}

/**
 * True when the question asks whether something was its Nth ("her first") and the sentence
 * states another ordinal of the same thing and not the asked one: "for the third time", or the
 * ordinal before a noun the question names ("her third title"), in a sentence naming no one
 * the question does not. Only ordinals after a determiner or a possessive: "first" alone may be
 * an adverb ("first opened").
 */
export function statesOtherOrdinal(
  question: readonly Token[],
  sentence: readonly Token[],
): boolean {
  const asked = question.flatMap((token, at) => {
    const value = ordinalOf(token.normal);
    return value !== null && DETERMINER.has(question[at - 1]?.pos ?? '') ? [value] : [];
  });
  if (asked.length !== 1) return false;
  const lemmas = new Set(question.map((token) => lemmatize(token.normal)));
  // Of the one asked: "He is the third Ashdown pharmacist to win, after Raj Bhatt and Chloe
  // Weston" says nothing of whether Chloe Weston was the first. A sentence naming anyone the
  // question does not may give another's ordinal.
  const words = new Set(question.map((token) => token.normal));
  if (sentence.some((token) => token.pos === 'PROPN' && !words.has(token.normal))) return false;
  let other = false;
  for (const [at, token] of sentence.entries()) {
    const value = ordinalOf(token.normal);
    if (value === null) continue;
    if (value === asked[0]) return false;
    const noun = sentence[at + 1];
    if (
      DETERMINER.has(sentence[at - 1]?.pos ?? '') &&
      noun !== undefined &&
      (noun.normal === 'time' || lemmas.has(lemmatize(noun.normal)))
    )
      other = true;
  }
  return other;
}

/** English's phrases of substitution (a closed class): what follows is what was not chosen. */
const SUBSTITUTION: readonly (readonly [string, string])[] = [
  ['rather', 'than'],
  ['instead', 'of'],
];
/** Tags of the words between a phrase of substitution and its figure ("rather than the £84"). */
const BEFORE_FIGURE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'SYM']);

/**
 * True when a figure the question asks (`numbers`, digits) is stated in the sentence only after
 * a phrase of substitution ("will now use 63 turbines, rather than the 84 smaller turbines
 * originally consented", "by 8%, rather than the 15% originally proposed"): what was set aside
 * did not happen.
 */
export function statesInsteadOf(numbers: readonly string[], sentence: readonly Token[]): boolean {
  const setAside = (at: number) => {
    let before = at - 1;
    while (BEFORE_FIGURE.has(sentence[before]?.pos ?? '')) before -= 1;
    return SUBSTITUTION.some(
      ([first, second]) =>
        sentence[before]?.normal === second && sentence[before - 1]?.normal === first,
    );
  };
  return numbers.some((number) => {
    const uses = sentence.flatMap((token, at) =>
      token.pos === 'NUM' && token.normal.replace(/,/gu, '') === number ? [at] : [],
    );
    return uses.length > 0 && uses.every(setAside);
  });
}
