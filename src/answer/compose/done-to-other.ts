/**
 * What a verb is done to: in English the noun phrase right after an active verb (past its
 * particles) is its object. "Brackenbyte Studio, the developer behind Tidewater, released its
 * third game, Skyloom, …" released Skyloom, not Tidewater: asked "Was Tidewater released with
 * a publisher?", the sentence speaks of another release.
 */
import type { Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { inPassive } from '../evidence/verb-arguments.js';

/** Parts of speech of a particle between a verb and its object ("handed over the keys"). */
const PARTICLES: ReadonlySet<string> = new Set(['PART', 'ADP']);
/** Parts of speech a noun phrase opens with ("its", "the", "Harland", "45"). */
const NOUN_PHRASE_START: ReadonlySet<string> = new Set([
  'DET',
  'PRON',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
]);
/** Parts of speech that end the verb's phrase: another verb's, or a clause's opening word. */
const CLAUSE_BOUNDARY: ReadonlySet<string> = new Set(['VERB', 'AUX', 'SCONJ']);
/**
 * Punctuation within a noun phrase: an apposition's comma, a possessive's apostrophe, a
 * compound's hyphen ("Colonel-rank officers").
 */
const IN_PHRASE: ReadonlySet<string> = new Set([',', "'", "'s", '’', '’s', '-']);
/** Parts of speech of the words that say what an object is. */
const CONTENT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The content words after the active verb at `verb` up to the end of its phrase: its object,
 * with what modifies it ("Harland Homes' application for 45 houses on Top Field"), to the next
 * verb or punctuation other than a comma or an apostrophe ("its third game, Skyloom, into Steam
 * early access").
 */
function objectAfter(tokens: readonly Token[], verb: number): Token[] {
  let at = verb + 1;
  while (PARTICLES.has(tokens[at]?.pos ?? '') && tokens[at]!.normal !== 'by') at += 1;
  // An intransitive verb has none: "had broken even on a budget of £48,000".
  if (!NOUN_PHRASE_START.has(tokens[at]?.pos ?? '')) return [];
  const object: Token[] = [];
  for (; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    // A word a hyphen joins to the one before is part of its compound, however tagged ("rank"
    // of "Colonel-rank").
    const hyphenated = tokens[at - 1]?.normal === '-';
    if (
      !hyphenated &&
      (CLAUSE_BOUNDARY.has(token.pos) || (token.pos === 'PUNCT' && !IN_PHRASE.has(token.normal)))
    )
      break;
    // "won RoboLeague's Spirit of the Competition award": a possessor picks out the object,
    // it is not what the verb is done to.
    if (CONTENT.has(token.pos) && !POSSESSIVE.has(tokens[at + 1]?.normal ?? '')) object.push(token);
  }
  return object;
}

/** English's possessive endings, written as tokens after the possessor ("RoboLeague's", "Homes'"). */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * True when every active use of an asked verb (`verbs`, lemmas) in the sentence has an object
 * naming something else: a name the question does not give, and no word of the question
 * (`asked`, lemmas) — "released its third game, Skyloom" asked of Tidewater's release.
 */
export function doneToOther(
  verbs: ReadonlySet<string>,
  tokens: readonly Token[],
  asked: ReadonlySet<string>,
): boolean {
  const uses = tokens.flatMap((token, at) =>
    token.pos === 'VERB' && verbs.has(lemmatize(token.normal)) && !inPassive(tokens, at)
      ? [at]
      : [],
  );
  return (
    uses.length > 0 &&
    uses.every((at) => {
      const object = objectAfter(tokens, at);
      const words = object.map((token) => lemmatize(token.normal));
      return (
        object.some((token) => token.pos === 'PROPN') && !words.some((word) => asked.has(word))
      );
    })
  );
}
