/**
 * The participle clause a yes/no question hangs on its subject ("Did the rower taken to
 * hospital after the capsize recover fully?", "Was the motion asking for an island resident on
 * the board passed?"): English's reduced relative clause says which one is meant, as a clause
 * of time says when; the question asks of its main verb.
 */
import { attributiveParticiple, type Token } from './parse-text.js';
import { isAuxiliary } from './classify-question.js';
import { lemmatize } from '../../text/tokenize.js';

/** English's conjunctions opening a clause of time, condition or reason (a closed class); the tagger may read some as adverbs. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'while',
  'if',
  'unless',
  'because',
  'although',
  'though',
]);

/**
 * English's participles end so ("taken", "asked", "asking"), and are inflected forms: "reopen"
 * and "need" end so too but are their own lemmas.
 */
const PARTICIPLE = /\p{L}(?:ed|en|ing)$/u;

/**
 * The positions of the question's reduced relative clause on its subject: from a verb right
 * after the subject's noun up to the question's main verb (its last), in a question opening
 * with an auxiliary; empty when it has none.
 */
export function subjectModifier(tokens: readonly Token[]): Set<number> {
  const first = tokens.findIndex((token) => token.pos !== 'PUNCT');
  if (first < 0 || !isAuxiliary(tokens[first]!)) return new Set();
  // The main verb: the last of the main clause, not a participle inside a noun phrase ("a
  // charitable incorporated organisation"), a gerund after a preposition or a determiner ("the
  // cost of repairing"), or a verb of a subordinate clause ("…when he stops being…").
  const subordinate = tokens.findIndex(
    (token, at) => at > first && (token.pos === 'SCONJ' || SUBORDINATORS.has(token.normal)),
  );
  const main = tokens.findLastIndex(
    (token, at) =>
      token.pos === 'VERB' &&
      (subordinate < 0 || at < subordinate) &&
      !['ADP', 'DET', 'PART'].includes(tokens[at - 1]?.pos ?? '') &&
      !attributiveParticiple(tokens, at),
  );
  // A participle ("taken", "asking", "suspended") right after the subject's noun.
  const opens = tokens.findIndex(
    (token, at) =>
      at > first + 1 &&
      at < main &&
      token.pos === 'VERB' &&
      PARTICIPLE.test(token.normal) &&
      lemmatize(token.normal) !== token.normal &&
      ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? ''),
  );
  if (opens < 0) return new Set();
  return new Set(Array.from({ length: main - opens }, (_, offset) => opens + offset));
}

/** The lemmas only the question's reduced relative clause states (`subjectModifier`). */
export function modifierOnlyLemmas(tokens: readonly Token[]): Set<string> {
  const clause = subjectModifier(tokens);
  const inside = new Set<string>();
  const outside = new Set<string>();
  tokens.forEach((token, at) => (clause.has(at) ? inside : outside).add(lemmatize(token.normal)));
  return new Set([...inside].filter((lemma) => !outside.has(lemma)));
}
