/**
 * What a text once said, reported: "We also stated that Abbotsgate was the first practice…",
 * "The same article said that our founder retired", "We wrongly described her as captain": the
 * writer (first person plural) or a piece of writing as the subject of a verb of telling in the
 * past tense. A correction notice writes so of its own error; the words reported are the text's
 * then, not what the writer asserts now, and say no "Yes".
 */
import type { Token } from './parse-text.js';
import { REPORTING_VERBS } from './reporting-verbs.js';
import { lemmatize } from '../../text/tokenize.js';

/** Tags that may stand between a subject and its verb ("we also stated", "had wrongly said"). */
const BETWEEN: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/** Marks that end the clause a verb of telling reports ("…as a loan; it is a grant"). */
const CLAUSE_END: ReadonlySet<string> = new Set([';', '.', ':', '!', '?']);

export interface ReportedTextOptions {
  /** A verb's most frequent sense is one of telling (WordNet's verb.communication). */
  tells?: ((lemma: string) => boolean) | undefined;
  /** A noun's most frequent sense names a piece of communication (WordNet's noun.communication). */
  namesWriting?: ((lemma: string) => boolean) | undefined;
}

/** True when the verb (a lemma) is one of telling: English's reporting verbs, or WordNet's. */
function isTelling(lemma: string, tells: ReportedTextOptions['tells']): boolean {
  return REPORTING_VERBS.has(lemma) || tells?.(lemma) === true;
}

/** The index of the mark ending the clause the token after `at` is in, or the text's length. */
function clauseEnd(tokens: readonly Token[], at: number): number {
  let end = at + 1;
  while (end < tokens.length && !CLAUSE_END.has(tokens[end]!.normal)) end += 1;
  return end;
}

/** True when the verb at `at` reports what its writer or a piece of writing said before. */
function reportsAt(
  tokens: readonly Token[],
  at: number,
  { tells, namesWriting }: ReportedTextOptions,
): boolean {
  const token = tokens[at]!;
  if (token.pos !== 'VERB') return false;
  const lemma = lemmatize(token.normal);
  // In the past tense: the verb's own form is not its lemma ("stated", "said").
  if (lemma === token.normal || !isTelling(lemma, tells)) return false;
  let subject = at - 1;
  while (subject >= 0 && BETWEEN.has(tokens[subject]!.pos)) subject -= 1;
  const word = tokens[subject];
  if (word === undefined) return false;
  // "…with an engineer on site, as we requested": a clause of its own, no report of a text.
  if (tokens[subject - 1]?.pos === 'SCONJ' || tokens[subject - 1]?.normal === 'as') return false;
  if (word.normal === 'we') return true;
  return word.pos === 'NOUN' && namesWriting?.(lemmatize(word.normal)) === true;
}

/** True when the sentence reports what its writer or a piece of writing said before. */
export function reportsEarlierText(
  tokens: readonly Token[],
  options: ReportedTextOptions,
): boolean {
  return tokens.some((_, at) => reportsAt(tokens, at, options));
}

/**
 * The tokens (first and last index) of each clause the sentence reports as said before, the
 * clause of its verb of telling ("In our report of 12 August we said that…"; "We misspelt the
 * name of the tenor: he is Rhodri Evans-Lloyd" reports up to the colon only).
 */
export function earlierTextSpans(
  tokens: readonly Token[],
  options: ReportedTextOptions,
): [number, number][] {
  return tokens.flatMap((_, at) => {
    if (!reportsAt(tokens, at, options)) return [];
    // The clause whole, with what dates or places the earlier text ("In our report of 12
    // August 2023 we said…").
    let start = at;
    while (start > 0 && !CLAUSE_END.has(tokens[start - 1]!.normal)) start -= 1;
    return [[start, clauseEnd(tokens, at) - 1] as [number, number]];
  });
}

/**
 * English's adverbs of error (a closed class): before a verb of telling they say that what it
 * reports was not so ("wrongly described the grant as a loan", "incorrectly stated that the
 * rolls may contain pecans").
 */
const ERROR_ADVERBS: ReadonlySet<string> = new Set([
  'wrongly',
  'incorrectly',
  'mistakenly',
  'erroneously',
  'falsely',
  'inaccurately',
]);

/**
 * True when the sentence reports as an error (an adverb of error before a verb of telling, or
 * a verb of telling with English's prefix "mis-": "misstated", "misreported") a clause stating
 * a word `asked` holds (lemmas) that the rest of the sentence does not state: "We also wrongly
 * described the Foundation's contribution as a loan; it is a grant of £15,000" says it is no
 * loan, and nothing of whether it is a grant. An adverb of error before another verb says the
 * act was a mistake, not that it did not happen ("was wrongly sent off"): only telling counts.
 */
export function wronglyReported(
  tokens: readonly Token[],
  { tells }: ReportedTextOptions,
  asked: ReadonlySet<string>,
): boolean {
  const lemmas = tokens.map((token) => lemmatize(token.normal));
  return tokens.some((token, at) => {
    if (token.pos !== 'VERB') return false;
    const lemma = lemmas[at]!;
    const prefixed = lemma.startsWith('mis') && isTelling(lemma.slice(3), tells);
    let before = at - 1;
    while (before >= 0 && tokens[before]!.pos === 'AUX') before -= 1;
    const erred = ERROR_ADVERBS.has(tokens[before]?.normal ?? '') && isTelling(lemma, tells);
    if (!prefixed && !erred) return false;
    const end = clauseEnd(tokens, at);
    const inside = new Set(lemmas.slice(at + 1, end));
    const outside = new Set([...lemmas.slice(0, at + 1), ...lemmas.slice(end)]);
    return [...asked].some((word) => inside.has(word) && !outside.has(word));
  });
}

/** English's nouns naming a notice that corrects an error (a closed class). */
const CORRECTION_NOUNS: ReadonlySet<string> = new Set([
  'correction',
  'corrections',
  'erratum',
  'errata',
  'clarification',
]);

/**
 * True when the text (an article's title, or a line opening "Correction: …") names itself a
 * correction notice: there, what a text once said ("we reported that the stones cost £14,400")
 * is the error the notice corrects.
 */
export function namesCorrection(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => CORRECTION_NOUNS.has(word));
}
