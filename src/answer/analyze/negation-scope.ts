/**
 * How far a negation reaches in a sentence, by English grammar: the tagger marks every token
 * after "not", "no" or "never" as negated up to the sentence's end; a clause of its own ends
 * the negation's reach.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Token } from './parse-text.js';
import { relativeAfterNoun, relativeAfterPronoun } from './pronouns.js';

/**
 * English's subordinating conjunctions of time, cause, condition and concession (a closed
 * class): each opens a clause of its own, beyond the reach of a negation before it ("no plans
 * to stop selling it after the new one comes out": "comes out" is not negated).
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'until',
  'unless',
  'although',
  'though',
  'if',
  'once',
  // An embedded question: "did not know whether the two patients had been receiving the
  // drug" denies the knowing, not what is asked of.
  'whether',
]);

/**
 * English's verbs of ceasing and calling off, and of turning a proposal down (a closed class):
 * what follows one ("stopped selling", "ceased trading", "abandoned plans", "cancelled this
 * summer's concert", "rejected a proposal to rename the club") does not happen. Not what is
 * put off: "postponed to June" still happens.
 */
export const CEASING: ReadonlySet<string> = new Set([
  'stop',
  'cease',
  'quit',
  'halt',
  'discontinue',
  'cancel',
  'abandon',
  'scrap',
  'reject',
  'shelve',
  'withdraw',
]);

/**
 * The verb of ceasing whose complement holds the word at `index` ("stop selling", "cancel this
 * summer's free concert", "stop offering A-level German to new students"): its index, or -1.
 * The complement runs to the end of the clause: punctuation, a subordinating conjunction or a
 * conjunction opening another verb ends it.
 */
export function ceasedBy(tokens: readonly Token[], index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = tokens[at]!;
    if (token.pos === 'VERB' && CEASING.has(lemmatize(token.normal))) return at;
    if (token.pos === 'PUNCT' || token.pos === 'SCONJ') return -1;
    const next = tokens[at + 1];
    if (token.pos === 'CCONJ' && (next?.pos === 'VERB' || next?.pos === 'AUX')) return -1;
  }
  return -1;
}

/**
 * True when the tagger's negation ("not", "no", "never" before it) reaches the token at
 * `index`: the tagger carries it to the end of the sentence; it stops at a comma, a
 * semicolon or a subordinating conjunction that opens another clause.
 */
export function inNegationScope(tokens: readonly Token[], index: number): boolean {
  if (!tokens[index]?.negated) return false;
  if (pastRelativeClause(tokens, index)) return false;
  for (let at = index - 1; at >= 0 && tokens[at]!.negated; at -= 1) {
    const token = tokens[at]!;
    if (token.normal === ',' || token.normal === ';' || SUBORDINATORS.has(token.normal))
      return false;
    // "There were no other nominations and she was elected unopposed": a conjunction before a
    // subject and its verb joins another clause, which "no" does not reach.
    if (token.pos === 'CCONJ' && opensClause(tokens, at + 1)) return false;
    // "…prevent the activities that upset security at the border": a relative clause is a
    // clause of its own, which says something of the noun before it.
    if (relativeAfterNoun(tokens, at)) return false;
    // "no plans to stop selling it": a negated verb of ceasing negates the negation.
    if (token.pos === 'VERB' && CEASING.has(lemmatize(token.normal))) return false;
  }
  return true;
}

/**
 * True when the negation reaching the token at `index` opens inside a relative clause after a
 * pronoun ("for those of you who haven't seen the new lights yet: they are…"): it picks out whom
 * the sentence speaks of, and asserts nothing of what it says of them. (After a noun it may
 * describe what is asked about: "a choir that doesn't audition" does not audition.)
 */
export function negatedInRelativeClause(tokens: readonly Token[], index: number): boolean {
  if (!tokens[index]?.negated) return false;
  let first = index;
  while (first > 0 && tokens[first - 1]!.negated) first -= 1;
  let at = first - 1;
  while (at >= 0 && NEGATION_CHAIN.has(tokens[at]!.pos)) at -= 1;
  return at < first - 1 && relativeAfterPronoun(tokens, at) && !pastRelativeClause(tokens, index);
}

/** Tags of a negated verb's auxiliaries, its "not" and adverbs ("has not yet", "didn't"). */
const NEGATION_CHAIN: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

/** Tags of the words of a noun phrase before its head ("the new", "all three"). */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/**
 * True when a clause with a subject of its own opens at `from`: a pronoun then a verb ("she
 * was elected", "they went"), or a noun phrase then an auxiliary ("the council was told"). A
 * subject negated itself ("and no vans were allowed") is negated with it.
 */
function opensClause(tokens: readonly Token[], from: number): boolean {
  let at = from;
  if (tokens[at]?.pos === 'PRON') {
    const verb = tokens[at + 1]?.pos;
    return verb === 'AUX' || verb === 'VERB';
  }
  if (tokens[at]?.normal === 'no') return false;
  while (BEFORE_NOUN.has(tokens[at]?.pos ?? '')) at += 1;
  const head = at;
  while (tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'PROPN') at += 1;
  return at > head && tokens[at]?.pos === 'AUX';
}

/** Tags of the word before a verb that goes on its clause: an infinitive's "to", an auxiliary, a conjunction. */
const IN_VERB_CHAIN: ReadonlySet<string> = new Set(['PART', 'AUX', 'CCONJ', 'VERB']);

/**
 * True when the negation reaching `index` is inside a relative clause that ends before it:
 * "people who couldn't travel abroad decided to learn to fly" negates the travelling; the main
 * clause's verb ("decided") ends the relative clause, whose negation does not reach it or what
 * follows.
 */
function pastRelativeClause(tokens: readonly Token[], index: number): boolean {
  let first = index;
  while (first > 0 && tokens[first - 1]!.negated) first -= 1;
  let at = first - 2;
  while (at >= 0 && (tokens[at]!.pos === 'AUX' || tokens[at]!.pos === 'ADV')) at -= 1;
  if (at < 1 || !relativeAfterNoun(tokens, at)) return false;
  let verb = first;
  while (verb < index && tokens[verb]!.pos !== 'VERB') verb += 1;
  for (let next = verb + 1; next <= index; next += 1)
    if (tokens[next]!.pos === 'VERB' && !IN_VERB_CHAIN.has(tokens[next - 1]!.pos)) return true;
  return false;
}

/** Parts of speech a noun phrase's head may follow within it ("the", "our", "summer"). */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);
/** Parts of speech of a word that continues a noun phrase, its head still to come. */
const IN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * True when the adjective at `index` heads its noun phrase, as a noun: a determiner or a noun
 * before it and no noun after it ("our summer residential in Whitby", "the final was…"). English
 * makes nouns of adjectives so; the tagger keeps their adjective's tag.
 */
function adjectiveAsNoun(tokens: readonly Token[], index: number): boolean {
  return (
    BEFORE_HEAD.has(tokens[index - 1]?.pos ?? '') && !IN_PHRASE.has(tokens[index + 1]?.pos ?? '')
  );
}

/** Parts of speech of a noun phrase before its head: "the Greystang Fell Race". */
const INCLUDED_PHRASE: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'PART',
]);

/**
 * The passive verb of ceasing whose subject an "including" phrase after it goes on to list the
 * noun at `index` among ("Fundraising events since March had been cancelled, including the
 * Greystang Fell Race"): its index, or -1. The phrase names some of what the subject names.
 */
function includedInCeased(tokens: readonly Token[], index: number): number {
  let at = index - 1;
  while (at >= 0 && INCLUDED_PHRASE.has(tokens[at]!.pos)) at -= 1;
  if (tokens[at]?.normal !== 'including') return -1;
  at -= 1;
  if (tokens[at]?.normal === ',') at -= 1;
  const verb = tokens[at];
  return verb?.pos === 'VERB' &&
    CEASING.has(lemmatize(verb.normal)) &&
    tokens[at - 1]?.pos === 'AUX' &&
    lemmatize(tokens[at - 1]!.normal) === 'be'
    ? at
    : -1;
}

/**
 * Words after a noun, outside a phrase between commas, within which the passive verb ending its
 * clause may come. Set once, not tuned.
 */
const CEASED_REACH = 12;

/**
 * The passive verb of ceasing the noun at `index` is the subject of ("an outdoor performance
 * planned for the Fish Market on the Saturday morning was abandoned", "the 2020 race, planned
 * for May, was cancelled", "this year's fell race has been cancelled", "our residential, planned
 * for August, had to be cancelled"): its index, or -1. What the noun names did not go on. Read
 * up to that verb past the noun's modifiers, a participle's phrase and a phrase between two
 * commas (whatever clause it holds, and however long: the reach counts the words outside it),
 * within its clause: a conjunction or a verb of its own ends the search.
 */
export function ceasedAsSubject(tokens: readonly Token[], index: number): number {
  const pos = tokens[index]?.pos;
  if (pos !== 'NOUN' && pos !== 'PROPN' && !(pos === 'ADJ' && adjectiveAsNoun(tokens, index)))
    return -1;
  const included = includedInCeased(tokens, index);
  if (included >= 0) return included;
  let commas = 0;
  let read = 0;
  for (let at = index + 1; at < tokens.length && read < CEASED_REACH; at += 1) {
    const token = tokens[at]!;
    // A phrase set off by a pair of commas ("the 2020 Tour, planned for 17 May, was cancelled").
    if (token.normal === ',') {
      commas += 1;
      continue;
    }
    // Inside the pair of commas: an aside, a relative clause with verbs of its own ("the
    // festival, which was due to take place on 11 July, has been cancelled").
    if (commas % 2 === 1) continue;
    read += 1;
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ') return -1;
    // A verb of its own, not a participle describing the noun, opens another clause.
    if (token.pos === 'VERB' && !/(?:ed|ing|en)$/u.test(token.normal)) return -1;
    if (token.pos !== 'AUX') continue;
    // The passive's auxiliaries, a perfect's among them, adverbs and the "to" of "had to be"
    // ("was cancelled", "has also been cancelled", "had to be cancelled"): the last is a form of
    // "be".
    let verb = at;
    let last = token;
    while (
      tokens[verb]?.pos === 'AUX' ||
      tokens[verb]?.pos === 'ADV' ||
      (tokens[verb]?.normal === 'to' && tokens[verb + 1]?.pos === 'AUX')
    ) {
      if (tokens[verb]!.pos === 'AUX') last = tokens[verb]!;
      verb += 1;
    }
    if (lemmatize(last.normal) !== 'be') return -1;
    return tokens[verb]?.pos === 'VERB' && CEASING.has(lemmatize(tokens[verb]!.normal)) ? verb : -1;
  }
  return -1;
}
