/**
 * English's third-person pronouns (closed classes): what they stand for was named
 * before — in an earlier turn of a conversation, or in the sentence before.
 */
import type { Token } from './parse-text.js';

/** Personal and possessive pronouns for people. */
const PERSONAL_PEOPLE = ['he', 'she', 'him', 'her', 'his', 'hers'];
/** Personal and possessive pronouns for things or groups. */
const PERSONAL_THINGS = ['it', 'its', 'they', 'them', 'their'];

/** Pronouns for people, reflexives included ("himself"). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  ...PERSONAL_PEOPLE,
  'himself',
  'herself',
]);

/** English's pronouns for a man and for a woman (closed classes): one referent each in a conversation. */
export const GENDERED_PRONOUNS: readonly ReadonlySet<string>[] = [
  new Set(['he', 'him', 'his', 'himself']),
  new Set(['she', 'her', 'hers', 'herself']),
];

/** Pronouns and pro-forms for things or groups: "theirs", demonstratives, "then", "such", "the same". */
export const THING_PRONOUNS: ReadonlySet<string> = new Set([
  ...PERSONAL_THINGS,
  'theirs',
  'that',
  'this',
  'these',
  'those',
  'there',
  'then',
  'such',
  'other',
  'same',
]);

/** English's relative pronouns (a closed class): each opens a clause describing the word before it. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
]);

/** True when the token is a noun or a name. */
const isNoun = (token: Token | undefined) => token?.pos === 'NOUN' || token?.pos === 'PROPN';

/**
 * True when the word at `at` is a relative pronoun right after a noun or a name ("the
 * activities that upset…"), or, with `viaPreposition`, after a preposition that follows one
 * ("the letter in which…"): it opens a clause describing that noun.
 */
export function relativeAfterNoun(
  tokens: readonly Token[],
  at: number,
  viaPreposition = false,
): boolean {
  if (!RELATIVE_PRONOUNS.has(tokens[at]?.normal ?? '')) return false;
  const before = tokens[at - 1];
  return isNoun(before) || (viaPreposition && before?.pos === 'ADP' && isNoun(tokens[at - 2]));
}

/**
 * True when the word at `at` is "who" or "which" right after a pronoun ("those of you who
 * haven't seen…", "anyone who…", "those who…"): it opens a relative clause picking out whom the sentence
 * speaks of. ("that" after a pronoun is as often a conjunction: "told them that…".)
 */
export function relativeAfterPronoun(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.normal;
  // A determiner right before it has no noun of its own: it stands for one ("those who…").
  const before = tokens[at - 1]?.pos;
  return (word === 'who' || word === 'which') && (before === 'PRON' || before === 'DET');
}

/** The personal and possessive pronouns that refer back to a name: "His fine was cut…". */
export const THIRD_PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  ...PERSONAL_PEOPLE,
  ...PERSONAL_THINGS,
]);
