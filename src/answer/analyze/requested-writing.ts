/**
 * A request for a piece of writing about something: "Give me a short profile of Peggy
 * Henshall's career", "Write a brief account of her life" ask for a summary, as "summarize"
 * does; "What's in the winter newsletter?" asks what a piece of writing holds. The noun asked
 * for is one WordNet files first as a communication ("profile", "account", "biography"), so
 * the request is read from English's lexicon, not from a list of phrasings.
 */
import { namesWritingFirst, type WordNet } from '../../text/wordnet.js';
import type { Token } from './parse-text.js';
import { REPORTING_VERBS } from './reporting-verbs.js';

/** English's verbs of asking for something to be given or written (a closed class). */
const GIVING_VERBS: ReadonlySet<string> = new Set(['give', 'write', 'provide', 'offer']);

/** True when WordNet files the noun as a communication in some sense ("report", "survey", "minutes"). */
export function namesWriting(lemma: string, senses: WordNet | undefined): boolean {
  return senses?.senses(lemma).some((sense) => sense.lexFile === 'noun.communication') ?? false;
}

/**
 * The positions of the requested piece of writing and the adjectives before it ("short
 * profile") in "Give (me) a short profile of …": an imperative verb of giving, the indefinite
 * article, adjectives, then a noun of communication followed by "of", "about" or "on"; null
 * when the question makes no such request, or asks for a list.
 */
export function requestedWriting(
  tokens: readonly Token[],
  senses: WordNet | undefined,
  /** True for a noun asking a list ("a list of…"), which asks for that kind of answer. */
  asksList: (lemma: string) => boolean,
): number[] | null {
  if (!GIVING_VERBS.has(tokens[0]?.lemma ?? '')) return null;
  let at = 1;
  if (tokens[at]?.pos === 'PRON') at += 1;
  // "a profile", "an account": a new piece of writing; "the name of…" asks for a fact.
  if (tokens[at]?.normal !== 'a' && tokens[at]?.normal !== 'an') return null;
  at += 1;
  const picked: number[] = [];
  while (tokens[at]?.pos === 'ADJ') picked.push(at++);
  const noun = tokens[at];
  if (noun?.pos !== 'NOUN' || asksList(noun.lemma) || !namesWritingFirst(noun.lemma, senses))
    return null;
  if (!['of', 'about', 'on'].includes(tokens[at + 1]?.normal ?? '')) return null;
  return [...picked, at];
}

/**
 * True for "What's in the winter newsletter?", "What is in the report?": "what" and the
 * copula, then "in" and a noun phrase ending the question whose noun names a piece of
 * writing in some sense (WordNet's communication).
 */
export function asksContentsOf(tokens: readonly Token[], senses: WordNet | undefined): boolean {
  if (tokens[0]?.normal !== 'what' || tokens[1]?.lemma !== 'be' || tokens[2]?.normal !== 'in')
    return false;
  const words = tokens.filter((token) => token.pos !== 'PUNCT');
  const head = words.at(-1);
  return head !== undefined && head.pos === 'NOUN' && namesWriting(head.lemma, senses);
}

/**
 * True when "what" is the object of a verb of reporting whose subject a piece of writing heads
 * ("What did the 2021 shareholder letter report?", "What does the survey say?"): "what", the
 * auxiliary "do", the subject's noun phrase (its last noun WordNet files as a communication in
 * some sense), then the verb ending the question; or whose phrase after "in" a piece of
 * writing heads, ending the question ("What did Bernard say in his blog post?").
 */
export function asksWhatWritingReports(
  words: readonly Token[],
  senses: WordNet | undefined,
): boolean {
  if (words[0]?.normal !== 'what' || words[1]?.lemma !== 'do') return false;
  // "What did Bernard say in his March 2019 blog post?": the verb of reporting, then "in" and
  // a noun phrase a piece of writing heads, the question's end.
  const reporting = words.findIndex((token, at) => at > 2 && REPORTING_VERBS.has(token.lemma));
  if (reporting > 0 && ['in', 'during'].includes(words[reporting + 1]?.normal ?? '')) {
    const head = words.at(-1);
    if (head?.pos === 'NOUN' && namesWriting(head.lemma, senses)) return true;
  }
  const verb = words.at(-1);
  if (verb === undefined || !REPORTING_VERBS.has(verb.lemma)) return false;
  const subject = words.slice(2, -1);
  const head = subject.findLast((token) => token.pos === 'NOUN');
  return head !== undefined && namesWriting(head.lemma, senses);
}

/**
 * The writer a question names for a piece of writing, as lower-case words: a name's possessive
 * before the piece ("Owen Tranter's blog post", "Peter Hallam's anniversary post": modifiers
 * between) or "by" and a name after it ("the blog post by Owen Tranter"). Null when the
 * question names none. `isPiece` says whether the token at an index names a piece of writing.
 */
export function askedWriter(
  tokens: readonly Token[],
  isPiece: (index: number) => boolean,
): string[] | null {
  const nameEndingAt = (end: number): string[] => {
    let start = end;
    while (tokens[start - 1]?.pos === 'PROPN') start -= 1;
    return tokens.slice(start, end).map((token) => token.normal);
  };
  const nameStartingAt = (start: number): string[] => {
    let end = start;
    while (tokens[end]?.pos === 'PROPN') end += 1;
    return tokens.slice(start, end).map((token) => token.normal);
  };
  for (const [at, token] of tokens.entries()) {
    if (!isPiece(at)) continue;
    // "by Owen Tranter" right after the piece.
    if (tokens[at + 1]?.normal === 'by') {
      const name = nameStartingAt(at + 2);
      if (name.length > 0) return name;
    }
    // "Owen Tranter's (anniversary) blog post": the possessive, modifiers, then the piece.
    let before = at - 1;
    while (before > 0 && ['ADJ', 'NOUN', 'NUM'].includes(tokens[before]!.pos)) before -= 1;
    if (token.pos === 'NOUN' && ["'s", '’s'].includes(tokens[before]?.normal ?? '')) {
      const name = nameEndingAt(before);
      if (name.length > 0) return name;
    }
  }
  return null;
}
