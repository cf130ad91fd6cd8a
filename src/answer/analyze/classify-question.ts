/**
 * The kind of a question and the type of answer it expects, from its
 * grammar: the interrogative word (a closed class of English), what follows
 * it, the part of speech of the first word, and a few request words that
 * name a kind of answer ("summarize", "list", "compare"). The head noun of a
 * what/which question is typed by word-vector similarity to general type
 * nouns, so "club", "firm" or "venue" need no list of their own.
 */
import type { WordVectors } from '../../embed/word-vectors.js';
import { dot } from '../../embed/term-weights.js';
import { sharesStem } from '../../text/shares-stem.js';
import { isComparative, lemmatize } from '../../text/tokenize.js';
import { YEAR, participleBeforeNoun, type Token } from './parse-text.js';
import { countValue, withoutSeasonEnds } from './find-constraints.js';
import { MONTHS } from '../../ingest/extract-metadata.js';
import { FIGURE_TYPES, type AnswerType, type QuestionKind } from './question-types.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';
import { openingCommaAt } from './opening-clause.js';
import { SUBORDINATORS } from './negation-scope.js';
import { asksContentsOf, asksWhatWritingReports, requestedWriting } from './requested-writing.js';
import type { NounSense, WordNet } from '../../text/wordnet.js';

export const INTERROGATIVES = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
]);

/** Request words for each kind of answer (English, not any corpus's wording). */
export const SUMMARY_WORDS = new Set([
  'summarize',
  'summarise',
  'summary',
  'overview',
  'gist',
  'recap',
  'synopsis',
  'rundown',
  'outline',
]);
export const LIST_WORDS = new Set(['list', 'enumerate']);
export const COMPARISON_WORDS = new Set([
  'compare',
  'comparison',
  'contrast',
  'differ',
  'difference',
  'versus',
  'vs',
]);
/**
 * "How did membership change between 2018 and 2022?", "How has the fare moved from 2019 to
 * 2023?": "how" and an auxiliary (a manner, not "how many") asked of two times joined by
 * "between … and" or "from … to" compares the two.
 */
function changeBetweenTimes(words: readonly Token[]): boolean {
  const auxiliary = words[1];
  if (words[0]?.normal !== 'how' || auxiliary === undefined || !isAuxiliary(auxiliary))
    return false;
  // A year, or one written as a range ("2023/24").
  const yearAt = (at: number) =>
    words.findIndex((token, index) => index > at && YEAR.test(withoutSeasonEnds(token.text)));
  const pairs: [string, string][] = [
    ['between', 'and'],
    ['from', 'to'],
  ];
  return pairs.some(([opening, joining]) => {
    const open = words.findIndex((token) => token.normal === opening);
    if (open < 0) return false;
    const join = words.findIndex((token, index) => index > open && token.normal === joining);
    return join > open && yearAt(open) > open && yearAt(open) < join && yearAt(join) > join;
  });
}

/** English's nouns of reason, and "why": "what was the reason…", "the cause was…". */
export const REASON_WORDS: ReadonlySet<string> = new Set([
  'reason',
  'cause',
  'purpose',
  'motive',
  'why',
]);
/**
 * English verbs of causing or of giving the reason, whose subject "what" asks for a cause: "what
 * led to / caused / prompted / forced / triggered / drove / explains …".
 */
export const CAUSING_VERBS: ReadonlySet<string> = new Set([
  'lead',
  'cause',
  'prompt',
  'force',
  'trigger',
  'drive',
  'spark',
  'explain',
]);

/**
 * True when the verb at `at` is English's causative "make" with its object and that object's
 * own verb or adjective ("What made Gold Line on-time performance slip?", "what made him
 * leave?", "what made the season so successful?"): "what" its subject asks what caused that.
 * "What made headlines?" and "what made the biggest difference?" have no such complement.
 */
function causative(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.pos !== 'VERB' || tokens[at]!.lemma !== 'make') return false;
  let object = false;
  for (const token of tokens.slice(at + 1)) {
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON') object = true;
    else if (object && (token.pos === 'VERB' || token.pos === 'ADJ')) return true;
    // A hyphen joins a compound of the object ("on-time performance"); other marks end it.
    else if (token.pos === 'PUNCT' && token.text !== '-') return false;
  }
  return false;
}

/**
 * General type nouns, a few per type and none from any corpus's domain: a
 * what/which question's head noun equal or close to one of these (cosine ≥
 * TYPE_SIMILARITY) expects that type of answer ("club" and "firm" reach
 * "company" through the word vectors).
 */
export const TYPE_NOUNS: readonly [AnswerType, readonly string[]][] = [
  ['date', ['year', 'date', 'day', 'month', 'week']],
  ['time', ['time', 'hour']],
  ['percent', ['percentage', 'percent', 'proportion']],
  ['money', ['money', 'cost', 'price', 'fee', 'wage']],
  ['score', ['score', 'result']],
  ['number', ['number', 'count', 'total', 'figure', 'amount']],
  ['duration', ['duration', 'period']],
  ['length', ['length', 'distance', 'height', 'width', 'depth']],
  ['person', ['person', 'people', 'man', 'woman', 'leader', 'official']],
  ['organization', ['organization', 'organisation', 'company', 'group', 'institution']],
  ['place', ['place', 'city', 'country', 'town', 'region', 'location']],
];
/**
 * Nouns English answers with a place's name, though they are no kind of place: "What
 * nationality is she?" — "Nigeria's Grace Okonkwo". Matched as written only, never by
 * vectors (as a type noun, it would draw its neighbours' types too).
 */
/** Parts of speech of a noun phrase's words ("the trustees' committee meeting"). */
const IN_EVENT_PHRASE: ReadonlySet<string> = new Set([
  'NOUN',
  'PROPN',
  'ADJ',
  'DET',
  'PART',
  'NUM',
]);

const NAMED_BY_PLACE: ReadonlySet<string> = new Set(['nationality', 'citizenship']);
/**
 * "What was the vote?": English answers with the tally ("214 to 19"), as a match's score. Matched
 * as written only: through the vectors it would draw "party", "ballot" and their neighbours.
 */
export const TALLIED: ReadonlySet<string> = new Set(['vote']);
/**
 * English's nouns of a measure no type noun stands for, and the measure each asks (a closed
 * class): "What was the minimum weight…?", "what is its top speed?". Matched as written only,
 * never by the vectors, which would draw "load" or "pace" in with them.
 */
const MEASURE_NOUNS: ReadonlyMap<string, AnswerType> = new Map([
  ['weight', 'weight'],
  ['mass', 'weight'],
  ['speed', 'speed'],
  ['velocity', 'speed'],
]);
/**
 * English's adjectives "how" asks a measure by, besides those of DIMENSIONS: "how heavy" a
 * weight, "how fast" a speed (or how soon a thing is done: "within 48 hours").
 */
const MEASURING_ADJECTIVES: ReadonlyMap<string, AnswerType> = new Map([
  ['heavy', 'weight'],
  ['fast', 'speed'],
]);
/** English's verb whose object is a weight: "how much does it weigh", "what did she weigh". */
const WEIGHING_VERBS: ReadonlySet<string> = new Set(['weigh']);
/** English verbs whose object is an amount of money: "what did it cost / pay / spend / charge / earn / owe", "what was he fined". */
export const PRICE_VERBS: ReadonlySet<string> = new Set([
  'cost',
  'pay',
  'spend',
  'charge',
  'earn',
  'owe',
  'fine',
]);
/** "The name of…", "the names of…": nouns that ask for a proper name. */
const NAME_NOUNS = new Set(['name', 'names']);
/** How close a head noun's vector must be to a type noun's; chosen on the development sets. */
const TYPE_SIMILARITY = 0.75;

/**
 * A verb of paying among `words` (the question without punctuation) from index `from` on. A
 * question's last word is its verb even when tagged a noun: "…will the extension cost?".
 */
function statesPriceVerb(words: readonly Token[], from: number): boolean {
  return statesVerbOf(PRICE_VERBS, words, from);
}

/** One of `verbs` as the question's verb, among `words` from index `from` on (see statesPriceVerb). */
function statesVerbOf(verbs: ReadonlySet<string>, words: readonly Token[], from: number): boolean {
  // "What will it pay for?": a preposition left at the end takes the wh-word as its object,
  // so what is asked is what is paid for, not the amount.
  const last = words.at(-1);
  if (last?.pos === 'ADP' && words.at(-2) && verbs.has(words.at(-2)!.lemma)) return false;
  // "What did Tessellate 1.0 cost per user?": after "do" and its subject the question's main
  // verb comes bare, whatever the tagger reads it as ("cost" before "per" tagged a noun); the
  // first verb there is the main one ("did it raise its charges": "charges" is its object).
  const doAt = words.findIndex((token) => token.pos === 'AUX' && token.lemma === 'do');
  const afterDo = (index: number) =>
    doAt >= 0 &&
    index > doAt + 1 &&
    words[index]!.normal === words[index]!.lemma &&
    !words.slice(doAt + 1, index).some((token) => token.pos === 'VERB');
  return words.some(
    (token, index) =>
      index >= from &&
      verbs.has(token.lemma) &&
      (token.pos === 'VERB' || index === words.length - 1 || afterDo(index)),
  );
}

export interface Classification {
  kind: QuestionKind;
  answerType: AnswerType;
  /** Index of the what/which head noun when it is not itself a type of answer. */
  focusToken: number | null;
  /** The focus is the thing a how-many/how-much question counts ("how many goals"). */
  counted?: boolean;
  /** Index of the head noun (typed or not). */
  headToken: number | null;
  negated: boolean;
  /**
   * The answer type is a preference, not a requirement: WordNet's organisation reading of a
   * head noun the word vectors leave untyped ("which association"), which documents may
   * answer by a description ("the bilateral border commission") as well as by a name.
   */
  preferred?: boolean;
  /**
   * True when the head noun is a measure ("volume", "size"): it names the kind of figure
   * asked, as "amount" does, and need not be stated with it.
   */
  measured?: boolean;
  /** A length asked of a thing with no sense that lasts (see `QuestionAnalysis.extentOnly`). */
  extentOnly?: boolean;
  /**
   * The positions of a piece of writing asked for and its adjectives ("a short profile of…"),
   * which frame the request rather than say what it is about.
   */
  requested?: number[];
}

/**
 * How much nearer a head noun must be to one type's nouns than to any other type's for it to
 * ask for that type; set once, as the name kinds' margin (name-kind.ts), and kept for the types
 * of `typeOfNoun` (no development set changed: it only stops "change" reading as a score).
 */
const NAMED_MARGIN = 0.1;

/**
 * The type of answer a head noun asks for: a type noun itself, or the type whose nouns it is
 * close to (TYPE_SIMILARITY) by a margin over every other type (NAMED_MARGIN); null otherwise.
 */
export function typeOfNoun(lemma: string, lexicon: WordVectors): AnswerType | null {
  for (const [type, nouns] of TYPE_NOUNS) if (nouns.includes(lemma)) return type;
  if (NAMED_BY_PLACE.has(lemma)) return 'place';
  if (TALLIED.has(lemma)) return 'score';
  const measure = MEASURE_NOUNS.get(lemma);
  if (measure) return measure;
  const vector = lexicon.vector(lemma);
  if (!vector) return null;
  let best: AnswerType | null = null;
  let bestSimilarity = TYPE_SIMILARITY;
  let runnerUp = -1;
  for (const [type, nouns] of TYPE_NOUNS) {
    let closest = -1;
    for (const noun of nouns) {
      const other = lexicon.vector(noun);
      if (other) closest = Math.max(closest, dot(vector, other));
    }
    if (closest >= bestSimilarity) {
      if (best !== null) runnerUp = Math.max(runnerUp, bestSimilarity);
      best = type;
      bestSimilarity = closest;
    } else runnerUp = Math.max(runnerUp, closest);
  }
  // A noun about as close to another type is no type's ("change": "result", so a score, but
  // nearly as close to others): the margin the name kinds use.
  return best !== null && bestSimilarity - runnerUp >= NAMED_MARGIN ? best : null;
}

/**
 * English's adjectives of spatial extent that measure only a length (a closed class): "how
 * tall", "how wide", "how deep". Not "high", which also asks a price or a rate ("how high is
 * the fare"), nor "long", which may ask a time (read of its own).
 */
export const DIMENSIONS: ReadonlySet<string> = new Set(['tall', 'wide', 'deep', 'thick', 'broad']);

/**
 * The kind of figure a comparative adjective compares sides by, as "how <adjective>" asks it:
 * a length for the adjectives of DIMENSIONS ("taller"), an age for "older"/"younger", any
 * figure (a count, an amount, a percentage) for the other adjectives of degree ("bigger",
 * "cheaper", "more", "fewer"); null for "longer"/"shorter" (a time or a length) and for those
 * of time ("earlier", "later"), which no figure type says.
 */
function comparedMeasure(words: readonly Token[]): AnswerType | null {
  const word = words.find((token) => isComparative(token.normal));
  if (!word) return null;
  const adjective = lemmatize(word.normal);
  if (DIMENSIONS.has(adjective)) return 'length';
  if (adjective === 'old' || adjective === 'young') return 'age';
  if (UNMEASURED_COMPARATIVES.has(adjective)) return null;
  return 'quantity';
}

/**
 * Adjectives whose comparative compares no one kind of figure (a closed set of English): "long"
 * and "short" measure time or length; "early", "late" and "soon" compare dates.
 */
const UNMEASURED_COMPARATIVES: ReadonlySet<string> = new Set([
  'long',
  'short',
  'early',
  'late',
  'soon',
]);

/** WordNet's class of nouns naming people ("striker", "director", "lender"). */
const PERSON_FILE = 'noun.person';
/** WordNet's lexicographer file of groups ("staff", "crew", "fleet"). */
const GROUP_FILE = 'noun.group';
const MONEY_NOUNS = TYPE_NOUNS.find(([type]) => type === 'money')![1];
/**
 * The answer type of one WordNet sense: a person's when WordNet files it among people; money's
 * when a money type noun is above it ("budget": a fund, money; "revenue": a sum of money).
 */
function senseType(sense: NounSense): AnswerType | null {
  if (sense.lexFile === PERSON_FILE) return 'person';
  return sense.ancestors.some((word) =>
    MONEY_NOUNS.some((noun) => word === noun || word.endsWith(`_${noun}`)),
  )
    ? 'money'
    : null;
}

/**
 * The type of answer a noun the word vectors leave untyped asks for, by what WordNet says it
 * is: its most frequent sense's type (a person or money), when at least half of its senses
 * have that type ("runner": mostly people; "capital": money, a city and more: none); null
 * otherwise or without WordNet. Half, not more than half, was set on the seeds: "budget" has
 * two senses, one of them money's (seeds q73); "pro" (a person, an argument) is typed a person
 * by it, which the labelled-value rule (compose/labelled-value.ts) answers around.
 */
export function typeOfNounBySenses(lemma: string, senses: WordNet | undefined): AnswerType | null {
  if (!senses) return null;
  const all = senses.senses(lemma);
  const first = all[0];
  if (!first) return null;
  const type = senseType(first);
  if (type === null) return null;
  return all.filter((sense) => senseType(sense) === type).length * 2 >= all.length ? type : null;
}

/**
 * What "how much <noun>" asks when the noun is of a type: money ("how much money"), a weight
 * ("how much weight did she gain"), a speed; any other figure otherwise.
 */
function measureOf(type: AnswerType | null): AnswerType {
  return type === 'money' || type === 'weight' || type === 'speed' ? type : 'quantity';
}

/** English's adjectives of size in general ("how big", "how large"), not of one dimension. */
const SIZE_ADJECTIVES: ReadonlySet<string> = new Set(['big', 'large']);

/**
 * True when the noun phrase after "how big" (from `from`, past a copula or an auxiliary and a
 * determiner) ends in a noun whose most frequent WordNet sense is a thing or a place ("the
 * beaver enclosure", "the Eastmoor Depot warehouse", "the Thornbury Road site"), whose size is
 * measured in space (EXTENDED_FILES). False without WordNet, and for a phrase ending in a name
 * ("the Linden Wing"), which may name anything.
 */
function sizedThing(tokens: readonly Token[], from: number, senses: WordNet | undefined): boolean {
  if (!senses) return false;
  let at = from;
  while (tokens[at]?.pos === 'AUX' || tokens[at]?.pos === 'DET') at += 1;
  let last: Token | undefined;
  // A verb right before another is a noun misread ("how big a state grant went…").
  const misread = (index: number) =>
    tokens[index]!.pos === 'VERB' && ['VERB', 'AUX'].includes(tokens[index + 1]?.pos ?? '');
  while (
    tokens[at] !== undefined &&
    (['NOUN', 'PROPN', 'ADJ'].includes(tokens[at]!.pos) || tokens[at]!.text === '-' || misread(at))
  ) {
    last = tokens[at];
    at += 1;
  }
  if (last?.pos !== 'NOUN' && last?.pos !== 'VERB') return false;
  const first = senses.senses(last.lemma)[0];
  return first !== undefined && EXTENDED_FILES.has(first.lexFile);
}

/** WordNet's noun files of what has a place in space: people, animals, things, places, groups. */
const IN_SPACE_FILES: ReadonlySet<string> = new Set([
  'noun.person',
  'noun.animal',
  'noun.artifact',
  'noun.object',
  'noun.location',
  'noun.group',
  'noun.body',
  'noun.plant',
]);

/**
 * True when what "how far" asks about has a place in space: among the words after it, before
 * any preposition, a name or a noun whose most frequent WordNet sense is a person, a thing, a
 * place or a group ("did the boy fall", "is the animal hospital", "did the crew paddle"). Then
 * "how far" asks a distance; of anything else ("did bookings income drop"), a degree. False
 * without WordNet.
 */
function movesInSpace(
  tokens: readonly Token[],
  from: number,
  senses: WordNet | undefined,
): boolean {
  if (!senses) return false;
  for (const [index, token] of tokens.entries()) {
    if (index < from) continue;
    // A preposition inside a hyphenated word ("out-of-hours") opens no phrase.
    const hyphenated =
      (tokens[index - 1]?.text === '-' && tokens[index - 1]!.end === token.start) ||
      (tokens[index + 1]?.text === '-' && tokens[index + 1]!.start === token.end);
    if (token.pos === 'ADP' && !hyphenated) return false;
    // "Greywater's share price": a name owning the thing asked about is not that thing.
    const possessor = tokens[index + 1]?.normal === "'s";
    if (token.pos === 'PROPN' && !possessor) return true;
    if (token.pos !== 'NOUN') continue;
    const first = senses.senses(token.lemma)[0];
    if (first !== undefined && IN_SPACE_FILES.has(first.lexFile)) return true;
  }
  return false;
}

/**
 * True when the noun's most frequent WordNet sense is a magnitude ("size", "height", "number":
 * attributes under "magnitude") or a quantity ("volume", filed among quantities, not a unit of
 * time): "What volume of juice…?", "What size grant…?" ask a figure. False without WordNet.
 */
export function measuredBySenses(lemma: string, senses: WordNet | undefined): boolean {
  const first = senses?.senses(lemma)[0];
  if (first === undefined) return false;
  const above = new Set([...first.words, ...first.ancestors]);
  return (
    (first.lexFile === 'noun.attribute' && above.has('magnitude')) ||
    (first.lexFile === 'noun.quantity' && above.has('quantity'))
  );
}

/** WordNet's noun files of what lasts: periods, events, acts and what is said or shown. */
const LASTING_FILES: ReadonlySet<string> = new Set([
  'noun.time',
  'noun.event',
  'noun.act',
  'noun.communication',
]);
/** WordNet's noun files of what has extent in space. */
const EXTENDED_FILES: ReadonlySet<string> = new Set([
  'noun.artifact',
  'noun.object',
  'noun.location',
  'noun.shape',
  'noun.body',
  'noun.substance',
]);

/**
 * True when "how long is <noun>?" asks how long it lasts, by WordNet's senses of the noun: it
 * has a sense of a period or an event ("sentence", "match"), or its first sense that lasts
 * comes before its first that has extent in space ("journey", "film"; not "bridge", a
 * structure before a card game). False without WordNet.
 */
export function lastsInTime(lemma: string, senses: WordNet | undefined): boolean {
  const all = senses?.senses(lemma).filter((sense) => sense.lexFile.startsWith('noun.')) ?? [];
  if (all.some((sense) => sense.lexFile === 'noun.time' || sense.lexFile === 'noun.event'))
    return true;
  const lasting = all.findIndex((sense) => LASTING_FILES.has(sense.lexFile));
  const extended = all.findIndex((sense) => EXTENDED_FILES.has(sense.lexFile));
  return lasting >= 0 && (extended < 0 || lasting < extended);
}

/**
 * True when the noun's most frequent WordNet sense is a thing or a place with extent ("tunnel",
 * "pool", "attenuator") and none of its senses a time or an event; false without WordNet or for
 * a word it does not know.
 */
function neverLasts(lemma: string, senses: WordNet | undefined): boolean {
  const all = senses?.senses(lemma).filter((sense) => sense.lexFile.startsWith('noun.')) ?? [];
  return (
    all[0] !== undefined &&
    EXTENDED_FILES.has(all[0].lexFile) &&
    !all.some((sense) => sense.lexFile === 'noun.time' || sense.lexFile === 'noun.event')
  );
}

/**
 * True when a noun's most frequent sense is an organisation ("association", "union",
 * "club"), whatever its rarer senses: English asks an organisation's name by it, though
 * documents may answer by a description ("the bilateral border commission").
 */
export function organizationBySenses(lemma: string, senses: WordNet | undefined): boolean {
  const first = senses?.senses(lemma)[0];
  return first?.lexFile === GROUP_FILE && first.ancestors.includes('organization');
}

/**
 * True when a counted noun names people, so that a figure of "people" counts it ("How many
 * staff…" of "employed 2,410 people"): its most frequent sense is a person's ("employees",
 * "fans"), or, asked in its singular form, a social group's, whose members are counted ("how
 * many staff", "how many police"; "how many teams" counts teams, not people). A rule of
 * English's count nouns read off WordNet, no threshold.
 */
export function namesPeople(lemma: string, form: string, senses: WordNet | undefined): boolean {
  const first = senses?.senses(lemma)[0];
  if (!first) return false;
  if (first.lexFile === PERSON_FILE) return true;
  return form === lemma && first.lexFile === GROUP_FILE && first.ancestors.includes('social_group');
}

/** Kinds of names a noun may ask for ("which brokerage": an organisation). */
const NAMED_KINDS: ReadonlySet<AnswerType> = new Set(['person', 'organization', 'place']);

/**
 * The kind of name a head noun asks for when it is nearer, by `NAMED_MARGIN`, to one
 * kind's type nouns than to every other type's ("brokerage" to "company", not "salary",
 * which is nearer "money"); null otherwise.
 */
export function namedKindOfNoun(lemma: string, lexicon: WordVectors): AnswerType | null {
  const vector = lexicon.vector(lemma);
  if (!vector) return null;
  const scored = TYPE_NOUNS.map(([type, nouns]) => ({
    type,
    similarity: Math.max(
      -1,
      ...nouns.flatMap((noun) => {
        const other = lexicon.vector(noun);
        return other ? [dot(vector, other)] : [];
      }),
    ),
  })).sort((a, b) => b.similarity - a.similarity);
  const [best, next] = scored;
  return best &&
    next &&
    NAMED_KINDS.has(best.type) &&
    best.similarity - next.similarity >= NAMED_MARGIN
    ? best.type
    : null;
}

const isNoun = (token: Token | undefined) => token?.pos === 'NOUN' || token?.pos === 'PROPN';
/** "People" is the plural of "person" that lemmatizers leave as it is. */
const SUPPLETIVE_PLURALS: ReadonlySet<string> = new Set(['people']);
/** A plural noun: one whose lemma differs ("groups", "children"), or "people". */
const isPlural = (token: Token) =>
  token.pos === 'NOUN' && (token.lemma !== token.normal || SUPPLETIVE_PLURALS.has(token.normal));

/** The first noun after position `from`, skipping determiners, adjectives and numbers. */
/**
 * "Which army chief met…?", "which ISI chief quietly travelled…?": a word tagged as an
 * adjective after a noun or a name and right before the verb (or its adverbs) ends the noun
 * phrase and is its head ("chief"), since an adjective does not end a subject in English.
 */
function endsNounPhrase(
  tokens: readonly Token[],
  index: number,
  nounWord: (lemma: string) => boolean = () => false,
): boolean {
  const token = tokens[index];
  if (token?.pos !== 'ADJ' || !isNoun(tokens[index - 1])) return false;
  const verb = tokens.slice(index + 1).find((other) => other.pos !== 'ADV');
  if (verb?.pos === 'VERB' || verb?.pos === 'AUX') return true;
  // "What was the passenger total at Harrowfield?": English puts its adjectives before the
  // noun; a word after a noun and before a preposition or the question's end is a noun, when
  // it is one ("responsible for" is none: an adjective with its complement).
  return (
    (verb === undefined || verb.pos === 'ADP' || verb.pos === 'PUNCT') && nounWord(token.lemma)
  );
}

/**
 * The noun a question's "which"/"what" determines when it is a possessor ("which
 * manufacturer's engines", "what company's shares"): a common noun, after adjectives only,
 * right before "'s". Null otherwise ("what was Corvane's revenue" determines no possessor).
 */
function askedPossessor(tokens: Token[], from: number): number | null {
  let index = from;
  while (tokens[index]?.pos === 'ADJ') index += 1;
  if (tokens[index]?.pos !== 'NOUN') return null;
  while (tokens[index + 1]?.pos === 'NOUN') index += 1;
  const next = tokens[index + 1];
  return next?.pos === 'PART' && next.normal === "'s" ? index : null;
}

/** Parts of speech that open or go on with a noun phrase before its head ("the", "total", "Caldermouth's"). */
const INSIDE_NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PART']);

/**
 * True when the verb at `index` is a participle modifying the noun after it, inside a noun
 * phrase already begun ("Caldermouth's total operating budget", "the opening weekend"): in
 * English a participle between a determiner or a modifier and a noun is an adjective. Right
 * after the verb of the question it is the verb itself ("What was driving prices?").
 */
function participleModifier(tokens: readonly Token[], index: number, from: number): boolean {
  const before = tokens[index - 1];
  return (
    participleBeforeNoun(tokens, index) &&
    index > from &&
    before !== undefined &&
    (INSIDE_NOUN_PHRASE.has(before.pos) ||
      (before.pos === 'PRON' && POSSESSIVES.has(before.normal)))
  );
}

/** True when the token at `index` touches the words either side of it ("four-hour"). */
function joined(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  return tokens[index - 1]?.end === token.start && tokens[index + 1]?.start === token.end;
}

function headNoun(
  tokens: Token[],
  from: number,
  nounWord?: (lemma: string) => boolean,
  /** The request opens with its verb ("List the…"), however the tagger read that word. */
  requested = false,
): number | null {
  for (let index = from; index < Math.min(tokens.length, from + 7); index += 1) {
    const token = tokens[index]!;
    if (token.pos === 'NOUN') {
      const next = tokens[index + 1];
      // "aurelian's load factor" typed in lower case: a possessor is part of the noun's phrase.
      if (next?.pos === 'PART' && next.normal === "'s") continue;
      // "what kind of group", "what is the name of the driver": the noun after "of" is the head.
      if (
        next?.normal === 'of' &&
        (['kind', 'type', 'sort'].includes(token.normal) || NAME_NOUNS.has(token.normal))
      )
        return headNoun(tokens, index + 2, nounWord, requested);
      // Compound nouns ("interior minister"): the last noun of the run is the head, past a
      // name inside it ("four-hour A&E performance").
      let last = index;
      for (;;) {
        if (
          tokens[last + 1]?.pos === 'NOUN' ||
          (tokens[last + 1]?.pos === 'PROPN' && tokens[last + 2]?.pos === 'NOUN')
        )
          last += tokens[last + 1]!.pos === 'NOUN' ? 1 : 2;
        else {
          // "the junior (under-18) subscription": a bracketed aside inside the run, its noun
          // after the bracket.
          const close = asideEnd(tokens, last + 1);
          if (close === null || tokens[close + 1]?.pos !== 'NOUN') break;
          last = close + 1;
        }
      }
      if (endsNounPhrase(tokens, last + 1, nounWord)) {
        tokens[last + 1]!.pos = 'NOUN';
        return last + 1;
      }
      // A question has a verb: with none tagged, a run's last noun with words after it is the
      // verb misread ("Which cellar charges €25 for its tour?").
      // Not a request opening with its verb ("List the orchestra's principal conductors in
      // order", its "List" read as a name): the verb is known.
      const verbless =
        !requested && !tokens.some((other) => other.pos === 'VERB' || other.pos === 'AUX');
      if (verbless && last > index && tokens.slice(last + 1).some((other) => other.pos !== 'PUNCT'))
        return last - 1;
      return last;
    }
    if (endsNounPhrase(tokens, index)) {
      token.pos = 'NOUN';
      return index;
    }
    // "Corvane's total revenue": a possessor is part of the noun's phrase. (A name modifying
    // the noun without "'s" is not taken: "Iranian news agency" would type by "agency" alone.)
    if (token.pos === 'PART' && token.normal === "'s") continue;
    if (
      token.pos === 'PROPN' &&
      (modifies(tokens, index) ||
        endsNounPhrase(tokens, index + 1) ||
        continuesNameAsNoun(tokens, index + 1))
    )
      continue;
    // "What was his time?": a possessive pronoun determines the noun as "the" does.
    if (token.pos === 'PRON' && POSSESSIVES.has(token.normal)) continue;
    if (participleModifier(tokens, index, from)) continue;
    // "the four-hour A&E performance": a hyphen joining two words inside the phrase.
    if (token.text === '-' && joined(tokens, index)) continue;
    if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(token.pos)) return null;
  }
  return null;
}

/** Words a bracketed aside inside a noun phrase holds at most ("(under-18)"); set once, not tuned. */
const ASIDE_WORDS = 5;

/** The index of the ")" closing a bracket opened at `at`, within ASIDE_WORDS; null when none. */
function asideEnd(tokens: readonly Token[], at: number): number | null {
  if (tokens[at]?.text !== '(') return null;
  for (let next = at + 1; next <= at + 1 + ASIDE_WORDS && next < tokens.length; next += 1)
    if (tokens[next]!.text === ')') return next;
  return null;
}

/** English's possessive determiners (a closed class), which a tagger may read as pronouns. */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
]);

/** The proper noun at `index` is (part of) a possessor: "Brightwell Devices's". */
/**
 * True when the name goes on with a capitalised word the tagger read as a common noun ("Met
 * Office forecaster"), before a noun in lower case: the name modifies that noun, its head.
 */
function continuesNameAsNoun(tokens: Token[], index: number): boolean {
  let at = index;
  while (tokens[at]?.pos === 'NOUN' && /^\p{Lu}/u.test(tokens[at]!.text)) at += 1;
  return at > index && tokens[at]?.pos === 'NOUN' && !/^\p{Lu}/u.test(tokens[at]!.text);
}

function modifies(tokens: Token[], index: number): boolean {
  let at = index;
  while (tokens[at]?.pos === 'PROPN') at += 1;
  return tokens[at]?.pos === 'PART' && tokens[at]!.normal === "'s";
}

/** A modal auxiliary ("will", "would", "can"): an auxiliary other than "do", "be" and "have". */
export function isModal(token: Token): boolean {
  return token.pos === 'AUX' && !['do', 'be', 'have'].includes(token.lemma);
}

/** An auxiliary, or a form of be, do or have however the tagger read it: what opens a yes/no question. */
export function isAuxiliary(token: Token): boolean {
  return token.pos === 'AUX' || ['be', 'do', 'have'].includes(token.lemma);
}

/**
 * True when the question is "who" or "what", a form of "be", and a name alone (capitalised
 * words, those joined to them by hyphens or name particles, "the" before them): "Who is Jaish
 * al-Adl?", "What was Quillmark?".
 */
function asksOfNameAlone(words: readonly Token[]): boolean {
  const [wh, be, ...rest] = words;
  if (!wh || !be || !['who', 'what'].includes(wh.normal) || be.lemma !== 'be') return false;
  const name = rest[0]?.normal === 'the' ? rest.slice(1) : rest;
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0]!.text)) return false;
  return name.every(
    (token) =>
      /^\p{Lu}/u.test(token.text) ||
      token.text === '-' ||
      (NAME_JOINERS.has(token.normal) && token.pos !== 'VERB'),
  );
}

/** Lower-case words inside names ("Jaish al-Adl", "Bank of England"). */
const NAME_JOINERS: ReadonlySet<string> = new Set([
  'al',
  'ul',
  'el',
  'of',
  'de',
  'van',
  'von',
  'da',
  'do',
  'di',
  'le',
  'la',
  'the',
  'and',
  '&',
]);

/**
 * The positions of the subordinate clause a question opens with, up to its comma ("If I don't
 * pay…,", "When the club was sold,"); empty when it opens with none.
 */
function openingClause(tokens: readonly Token[]): Set<number> {
  const comma = openingCommaAt(tokens, SUBORDINATE);
  return comma < 0 ? new Set() : new Set(Array.from({ length: comma }, (_, at) => at));
}

/** The part of speech a subordinate clause opens with ("If", "When"). */
const SUBORDINATE: ReadonlySet<string> = new Set(['SCONJ']);

export function classifyQuestion(
  tokens: Token[],
  lexicon: WordVectors,
  text = tokens.map((token) => token.text).join(' '),
  /** WordNet's nouns, typing head nouns the word vectors leave untyped. */
  senses?: WordNet,
): Classification {
  const words = tokens.filter((token) => token.pos !== 'PUNCT');
  const lemmas = new Set(words.map((token) => token.lemma));
  // "If I don't pay for garden waste collection, can I still take it to the tip?": a negation
  // inside the clause the question opens with sets its condition, it does not negate what is
  // asked.
  // So does one in a clause a subordinating conjunction opens after it ("Would students lose
  // their money if they couldn't do the online classes?"), to the next comma.
  const condition = openingClause(tokens);
  const subordinate = (at: number) => {
    for (let back = at - 1; back >= 0; back -= 1) {
      const token = tokens[back]!;
      if (token.normal === ',' || token.normal === ';') return false;
      if (SUBORDINATORS.has(token.normal)) return true;
    }
    return false;
  };
  const negated = tokens.some(
    (token, at) =>
      !condition.has(at) &&
      (token.normal === 'not' || token.normal === "n't" || token.normal === 'never') &&
      !subordinate(at),
  );
  const whIndex = tokens.findIndex((token) => INTERROGATIVES.has(token.normal));
  const wh = whIndex >= 0 ? tokens[whIndex]!.normal : null;
  const first = words[0];
  // "Give me a short profile of…": a piece of writing asked for, which frames the request.
  const requested = requestedWriting(tokens, senses, (lemma) => LIST_WORDS.has(lemma));
  const base = { negated, focusToken: null, headToken: null, ...(requested ? { requested } : {}) };

  const has = (set: ReadonlySet<string>) =>
    [...lemmas].some((lemma) => set.has(lemma)) || words.some((token) => set.has(token.normal));
  if (has(SUMMARY_WORDS)) return { ...base, kind: 'summary', answerType: 'any' };
  // "Give me a short profile of…", "What's in the winter newsletter?": a piece of writing asked for.
  if (requested !== null || asksContentsOf(tokens, senses))
    return { ...base, kind: 'summary', answerType: 'any' };
  // "What is the editorial about?" / "What are the main points…" / "Tell me about…"
  const last = words.at(-1);
  if (wh === 'what' && last?.normal === 'about')
    return { ...base, kind: 'summary', answerType: 'any' };
  // "What did the founder talk about in his interview?": "about" stranded before another
  // phrase asks the topic, as at the end.
  if (
    wh === 'what' &&
    words.some((token, index) => token.normal === 'about' && words[index + 1]?.pos === 'ADP')
  )
    return { ...base, kind: 'summary', answerType: 'any' };
  // "What happened with the food poisoning at Gull's Rest Inn?": "what" the subject of
  // "happen" asks an account of the events, as a summary of them gives; asked of a month ("…in
  // May 2021?"), it asks what happened then, one event.
  // "What was decided at the February 2021 AGM?": "what" the subject of a passive verb whose
  // only complement is a phrase naming an event asks what the event brought, an account too.
  // A month naming the event ("the February 2021 AGM") is no time asked, nor one in a phrase
  // after the noun of the event "at" sets the question in ("at the committee meeting in May
  // 2024": it says which meeting; "to the ferry talks in May 2021" asks what befell them then).
  const datesEventAt = (at: number) => {
    if (words[at - 1]?.pos !== 'ADP' || !['NOUN', 'PROPN'].includes(words[at - 2]?.pos ?? ''))
      return false;
    let before = at - 2;
    while (before >= 0 && IN_EVENT_PHRASE.has(words[before]!.pos)) before -= 1;
    return words[before]?.normal === 'at';
  };
  const timeAsked = words.some(
    (token, at) =>
      token.pos !== 'AUX' &&
      MONTHS.includes(token.normal) &&
      !['NOUN', 'PROPN'].includes(
        words.slice(at + 1).find((next) => next.pos !== 'NUM')?.pos ?? '',
      ) &&
      !datesEventAt(at),
  );
  const happened = words[1]?.pos === 'VERB' && words[1].lemma === 'happen';
  const passiveOfEvent =
    words[1]?.lemma === 'be' &&
    words[2]?.pos === 'VERB' &&
    words[3]?.pos === 'ADP' &&
    words.slice(4).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') &&
    !words.slice(4).some((token) => token.pos === 'VERB');
  if (first?.normal === 'what' && (happened || passiveOfEvent) && !timeAsked)
    return { ...base, kind: 'summary', answerType: 'any' };
  // "What did the 2021 shareholder letter report?": a piece of writing asked what it reports
  // is asked for what it says.
  if (asksWhatWritingReports(words, senses)) return { ...base, kind: 'summary', answerType: 'any' };
  if (first?.lemma === 'tell' && words.some((token) => token.normal === 'about') && whIndex < 0)
    return { ...base, kind: 'summary', answerType: 'any' };
  // "Who is Jaish al-Adl?", "What is Quillmark?": a name alone after "who/what is" asks what
  // the articles say of it, not another name.
  if (asksOfNameAlone(words)) return { ...base, kind: 'summary', answerType: 'any' };
  if (
    words.some(
      (token, index) =>
        token.normal === 'points' && ['main', 'key'].includes(words[index - 1]?.normal ?? ''),
    )
  )
    return { ...base, kind: 'summary', answerType: 'any' };
  // "Was the budget bigger in 2020 than 2019?": a comparative with "than" compares too, as
  // does one with "or" ("Was the crowd bigger for the April game or the March one?": a choice
  // between two, not a yes or no).
  const opensWithAuxiliary = first !== undefined && isAuxiliary(first);
  const comparative =
    words.some(
      (token) => token.normal === 'than' || (token.normal === 'or' && opensWithAuxiliary),
    ) && words.some((token) => isComparative(token.normal));
  if (has(COMPARISON_WORDS) || comparative || changeBetweenTimes(words)) {
    // What each side is compared on: the question without its comparison words, classified.
    const rest = tokens.filter(
      (token) =>
        !COMPARISON_WORDS.has(token.lemma) &&
        !COMPARISON_WORDS.has(token.normal) &&
        !(comparative && (token.normal === 'than' || isComparative(token.normal))),
    );
    const inner =
      rest.length > 0 && rest.length < tokens.length
        ? classifyQuestion(rest, lexicon, undefined, senses)
        : null;
    const innerType = inner && inner.kind === 'factoid' ? inner.answerType : 'any';
    // "Was the crowd bigger for…?": a comparative of measure compares figures, as "how big"
    // asks one (see `comparedMeasure`).
    const measured = comparative && innerType === 'any' ? comparedMeasure(words) : null;
    const answerType = measured ?? innerType;
    return { ...base, kind: 'comparison', answerType, headToken: null, focusToken: null };
  }

  // Phrasal requests for a summary: "sum up", "walk me through", "tl;dr".
  const phrase = text.toLowerCase().replace(/\s+/gu, ' ');
  if (/\b(sum|summed|sums) up\b|\bwalk (me |us )?through\b|\btl ?;? ?dr\b/u.test(phrase))
    return { ...base, kind: 'summary', answerType: 'any' };
  // "What does the Dawn piece say?", "what has been said about the pact?"
  if (wh === 'what' && (last?.lemma === 'say' || /\b(say|said|says) about\b/u.test(phrase)))
    return { ...base, kind: 'summary', answerType: 'any' };
  // The main clause after an opening subordinate clause or phrase: "When Corvane cut its
  // outlook, did it…?", "By the time of the April 30, 2024 editorial, had…?" (a date's own
  // comma comes before the one that ends the phrase).
  // A relative pronoun after a noun or pronoun ("everyone who had been flooded out") asks
  // nothing: it opens a clause describing that word.
  const asking = (at: number) =>
    INTERROGATIVES.has(tokens[at]!.normal) &&
    !(
      ['NOUN', 'PRON', 'PROPN'].includes(tokens[at - 1]?.pos ?? '') &&
      RELATIVE_PRONOUNS.has(tokens[at]!.normal)
    );
  const mainClause = tokens.findIndex(
    (token, index) =>
      index > 0 &&
      tokens[index - 1]!.text === ',' &&
      isAuxiliary(token) &&
      tokens.every((_, at) => at < index || !asking(at)),
  );
  if (mainClause > 0) return { ...base, kind: 'yes-no', answerType: 'any' };

  // Yes/no: the question opens with an auxiliary or a form of be/do/have.
  if (first && isAuxiliary(first) && (whIndex < 0 || whIndex > 2))
    return { ...base, kind: 'yes-no', answerType: 'any' };

  // "List the…", "Name the…": a list of what follows.
  // "Name" opening a request is the verb when its object follows ("name all the films",
  // "Name everyone who…"), however the tagger read it.
  const nameVerb =
    first?.normal === 'name' &&
    (first.pos === 'VERB' ||
      ['DET', 'PRON'].includes(tokens[tokens.indexOf(first) + 1]?.pos ?? ''));
  if (first && (LIST_WORDS.has(first.lemma) || nameVerb)) {
    const head = headNoun(tokens, tokens.indexOf(first) + 1, undefined, true);
    // "Name the three judges…" picks out names as "which judges…" does: typed as it types them.
    const lemma = head === null ? null : tokens[head]!.lemma;
    return {
      ...base,
      kind: 'list',
      answerType:
        lemma === null
          ? 'any'
          : (typeOfNoun(lemma, lexicon) ??
            typeOfNounBySenses(lemma, senses) ??
            namedKindOfNoun(lemma, lexicon) ??
            'any'),
      headToken: head,
      focusToken: head,
    };
  }

  // "What led to the penalty?", "what forced the delay?": "what" as the subject of a verb of
  // causing asks for a cause.
  const causing =
    wh === 'what' &&
    ((CAUSING_VERBS.has(tokens[whIndex + 1]?.lemma ?? '') && tokens[whIndex + 1]?.pos === 'VERB') ||
      causative(tokens, whIndex + 1));
  // "What was its reasoning…", "what was the motivation…": a noun derived from one of
  // reason's nouns asks for it too.
  const reasonNoun = words.some(
    (token) =>
      token.pos === 'NOUN' && [...REASON_WORDS].some((word) => sharesStem(token.normal, word)),
  );
  if (wh === 'why' || (wh === 'what' && (has(REASON_WORDS) || reasonNoun)) || causing)
    return { ...base, kind: 'why-how', answerType: 'any' };
  if (wh === 'how') {
    const next = tokens[whIndex + 1];
    // "How many soldiers…", "how much cargo…": the thing counted must be stated with the figure.
    // The noun counted heads its phrase: "how many league goals" counts goals, "how many new
    // homes" homes.
    // "How many downloads did…": the word after "how many" and before the auxiliary is the
    // noun counted, however the tagger read it.
    const afterMany = tokens[whIndex + 2];
    const counted =
      countedNoun(tokens, whIndex + 2) ??
      (afterMany?.pos === 'VERB' && tokens[whIndex + 3]?.pos === 'AUX' ? whIndex + 2 : null);
    if (next?.normal === 'many')
      return {
        ...base,
        kind: 'factoid',
        answerType: 'number',
        focusToken: counted,
        counted: counted !== null,
        headToken: counted,
      };
    // "How much revenue": an amount of it, written before or after the noun ("revenue of
    // $276 million"), so the noun must be stated nearby but the figure need not count it.
    // "How much money…", "how much cash…": the noun says the kind of figure.
    if (next?.normal === 'much') {
      // Without a noun, "how much" is the object of a verb of paying ("how much did it cost":
      // money) or a degree ("how much did bills go up": money or a percentage, not a count).
      const priced = statesPriceVerb(words, whIndex + 2);
      // "How much does the waterwheel weigh?": a weight.
      const weighed = statesVerbOf(WEIGHING_VERBS, words, whIndex + 2);
      return {
        ...base,
        kind: 'factoid',
        // "By how much did it fall", "how much faster…": a difference, of any measure.
        answerType: asksDifference(tokens)
          ? 'quantity'
          : counted === null
            ? priced
              ? 'money'
              : weighed
                ? 'weight'
                : 'amount'
            : measureOf(typeOfNoun(tokens[counted]!.lemma, lexicon)),
        focusToken: counted,
        headToken: counted,
      };
    }
    // "How long did the strike last": a duration; "how long is the border": a length.
    if (next?.normal === 'long') {
      // "is/was/are" after "how long" asks for a length, as does a modal with "be" ("how long
      // will the lanes be?"); "did/will/has…" with another verb, for a duration.
      const rest = tokens.slice(whIndex + 2);
      // A relative clause's verb is not the question's ("how long is the channel that brings
      // water to the mill?").
      const relative = rest.findIndex(
        (token, index) => index > 0 && RELATIVE_PRONOUNS.has(token.normal) && token.pos !== 'ADP',
      );
      const clause = relative < 0 ? rest : rest.slice(0, relative);
      const copula =
        (rest[0]?.lemma === 'be' ||
          (rest[0]?.pos === 'AUX' && clause.some((token) => token.normal === 'be'))) &&
        !clause.some((token) => token.pos === 'VERB');
      // "How long was his sentence?": what the subject names says which ("sentence" is a span
      // of time, "bridge" a thing).
      const subject = rest.findLast((token) => token.pos === 'NOUN');
      const lasts = copula && subject !== undefined && lastsInTime(subject.lemma, senses);
      // "How long is the tunnel?": a thing with extent and no sense of time or event has no
      // span of time (`neverLasts`). A name's last word is read as the noun it is ("the Caldon
      // Tunnel").
      const adposition = clause.findIndex((token) => token.pos === 'ADP');
      const named = (adposition < 0 ? clause : clause.slice(0, adposition)).findLast(
        (token) => token.pos === 'NOUN' || token.pos === 'PROPN',
      );
      const extentOnly =
        copula && named !== undefined && neverLasts(lemmatize(named.normal), senses);
      return {
        ...base,
        kind: 'factoid',
        answerType: copula && !lasts ? 'length' : 'duration',
        ...(extentOnly ? { extentOnly } : {}),
      };
    }
    // "How tall was the weir?", "how wide is the bridge?": a length (see DIMENSIONS).
    if (next && DIMENSIONS.has(next.normal))
      return { ...base, kind: 'factoid', answerType: 'length' };
    // "How heavy was the marrow?", "how fast can the boat go?" (see MEASURING_ADJECTIVES).
    const measure = next ? MEASURING_ADJECTIVES.get(next.normal) : undefined;
    if (measure) return { ...base, kind: 'factoid', answerType: measure };
    // "How big was the fine", "how high is the fare": any figure, amounts and percentages included.
    // "How old": an age, a bare number.
    if (next?.normal === 'old') return { ...base, kind: 'factoid', answerType: 'age' };
    // "How often should I descale?": a span of time between times ("every three months").
    if (next?.normal === 'often' || next?.normal === 'frequently')
      return { ...base, kind: 'factoid', answerType: 'duration' };
    // "How far in advance must I book?", "how far ahead", "how soon": a distance in time.
    const inTime =
      (next?.normal === 'far' &&
        (tokens[whIndex + 2]?.normal === 'ahead' ||
          tokens[whIndex + 2]?.normal === 'back' ||
          (tokens[whIndex + 2]?.normal === 'in' && tokens[whIndex + 3]?.normal === 'advance'))) ||
      next?.normal === 'soon';
    if (inTime) return { ...base, kind: 'factoid', answerType: 'duration' };
    // "How far did the boy fall?", "how far is the hospital?": a thing, a person or a place goes
    // or lies a distance; "how far did income drop?" is a degree, any figure (below).
    if (next?.normal === 'far' && movesInSpace(tokens, whIndex + 2, senses))
      return { ...base, kind: 'factoid', answerType: 'length' };
    if (next && (next.pos === 'ADJ' || next.pos === 'ADV')) {
      // "How big a payoff…", "how high is the fare": the noun measured must be stated with the figure.
      const after = tokens[whIndex + 2];
      const head =
        after?.pos === 'DET'
          ? headNoun(tokens, whIndex + 2)
          : after?.lemma === 'be'
            ? headNoun(tokens, whIndex + 3)
            : null;
      // "How big is the beaver enclosure?": the size of a thing in space is an area, a volume
      // or a length ("12 hectares"); "how big was the grant / the crowd", any figure.
      const sized = SIZE_ADJECTIVES.has(next.normal) && sizedThing(tokens, whIndex + 2, senses);
      return {
        ...base,
        kind: 'factoid',
        answerType: sized ? 'size' : 'quantity',
        focusToken: head,
        headToken: head,
      };
    }
    return { ...base, kind: 'why-how', answerType: 'any' };
  }
  if (wh === 'who' || wh === 'whom') {
    // "Who is Leonard Pask?": a name after the copula and nothing else asks who that is (the
    // sentence describing them), not another person.
    const rest = words.slice(whIndex + 2);
    if (
      tokens[whIndex + 1]?.lemma === 'be' &&
      rest.length > 0 &&
      rest.every((token) => token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text))
    )
      return { ...base, kind: 'factoid', answerType: 'any' };
    // "Who were the groups…" is still about people or organisations. "Who is the developer…":
    // the noun after the copula describes the one asked for.
    // "Who have been directors of the zoo?": past the auxiliaries of a form of "be".
    const isBe = (token: Token | undefined) =>
      token !== undefined && (token.lemma === 'be' || token.normal === 'been');
    let copula = whIndex + 1;
    while (tokens[copula]?.pos === 'AUX' && !isBe(tokens[copula])) copula += 1;
    const afterBe = tokens[copula + 1];
    const described =
      isBe(tokens[copula]) &&
      (afterBe?.pos === 'DET' || (copula > whIndex + 1 && afterBe?.pos === 'NOUN'))
        ? headNoun(tokens, copula + 1)
        : null;
    // "Who were the sponsors…?": a plural noun after the copula asks for every one of them,
    // as "which sponsors" does.
    const every = described !== null && isPlural(tokens[described]!);
    return {
      ...base,
      kind: every ? 'list' : 'factoid',
      answerType: 'person',
      headToken: described,
    };
  }
  if (wh === 'whose') return { ...base, kind: 'factoid', answerType: 'person' };
  if (wh === 'when') return { ...base, kind: 'factoid', answerType: 'date' };
  if (wh === 'where') return { ...base, kind: 'factoid', answerType: 'place' };
  if (wh === 'what' || wh === 'which') {
    // "Which manufacturer's engines…": the determiner picks out the possessor, whose noun is
    // then the head ("which manufacturer"), not the thing possessed.
    const nounWord = (lemma: string) => (senses?.senses(lemma).length ?? 0) > 0;
    let head = askedPossessor(tokens, whIndex + 1) ?? headNoun(tokens, whIndex + 1, nounWord);
    // "What is the cost of…": the noun after the copula. After "do" the noun is the subject
    // and "what" the object ("what does the deluxe edition cost?"): no head noun.
    if (head === null && tokens[whIndex + 1]?.lemma === 'be') {
      head = headNoun(tokens, whIndex + 2, nounWord);
      // "What is the chief executive paid?", "What was the fee meant to pay for?": a verb of
      // price after the noun makes the noun its subject and "what" its object (the sum, or
      // with a preposition left at the end what is paid for), as after "do"; no head noun.
      const start = head;
      if (
        start !== null &&
        tokens.some(
          (token, at) => at > start && token.pos === 'VERB' && PRICE_VERBS.has(token.lemma),
        )
      )
        head = null;
    }
    const headToken = head === null ? null : tokens[head]!;
    const vectorType = headToken ? typeOfNoun(headToken.lemma, lexicon) : null;
    // "Which news agency…": a noun whose most frequent WordNet sense is an organisation asks
    // for one, though the vectors put it near people's words ("agency", "agent").
    const nounType =
      vectorType === 'person' && organizationBySenses(headToken!.lemma, senses)
        ? 'organization'
        : vectorType;
    // "What time…" asks the clock; "the mean time to detect", "the journey time" a span: "time"
    // as a noun phrase's head after a determiner or a modifier, or before "to" and a verb.
    const spanOfTime =
      headToken?.lemma === 'time' &&
      head !== whIndex + 1 &&
      (tokens[head! - 1]?.pos !== 'DET' ||
        (tokens[head! + 1]?.normal === 'to' && tokens[head! + 2]?.pos === 'VERB'));
    const typed = spanOfTime ? 'duration' : nounType;
    // "Which militant groups…", "which two ports…": a plural head asks for every item.
    const plural = headToken !== null && isPlural(headToken);
    // "What were the three options…?": a count of two or more before a plural head asks for
    // that many items, whatever the interrogative.
    const counted =
      plural && head !== null && (countValue(tokens[head - 1]?.normal ?? '') ?? 0) >= 2;
    const kind: QuestionKind = plural && (wh === 'which' || counted) ? 'list' : 'factoid';
    // "What is the population of Zahedan?", "what was the attendance at the final?": an
    // attribute asked of something (a noun with a prepositional complement) must be stated.
    const attribute = head !== null && tokens[head + 1]?.pos === 'ADP';
    // "What will the Lite cost?", "what did Dunmore pay for him?": verbs whose object is a price.
    const priced = head === null && statesPriceVerb(words, 0);
    // "What did the calf weigh at birth?": a weight.
    const weighed = head === null && statesVerbOf(WEIGHING_VERBS, words, 0);
    // "What is the name of the captain…?": whatever the noun, a proper name is asked for.
    const named =
      askedByNamingVerb(words) ||
      (head !== null &&
        tokens
          .slice(whIndex + 1, head)
          .some(
            (token, index, before) =>
              NAME_NOUNS.has(token.normal) && before[index + 1]?.normal === 'of',
          ));
    // "What volume of juice…?", "What size grant…?": a measure asks a figure, whose unit may
    // say what it measures ("1,610 hectolitres"), so neither noun need be stated as such.
    const measured =
      typed === null && headToken !== null && isNoun(headToken)
        ? measuredBySenses(headToken.lemma, senses)
        : false;
    // What is named must be stated with its name ("the captain" with "Captain Ana Ruiz").
    const focusToken = measured
      ? null
      : head !== null && typed === null && (attribute || named) && isNoun(headToken ?? undefined)
        ? head
        : null;
    // "Which brokerage…" asks to pick out an organisation, as "which company" would; "what
    // was the gate for the draw" asks for an attribute's value, not a name.
    // WordNet's sense, a lexicographer's, comes before the word vectors' guess of a kind of
    // name ("which trustees": people, though the vectors put "trustee" near organisations).
    const noun = headToken && isNoun(headToken) ? headToken : null;
    // "Which fund gave the club its grant?": "which" picks out one thing of a kind, by its name;
    // an amount is asked by "how much" or "what", so a noun of money or count after "which" asks
    // for the thing ("the Coastal Communities Sport Fund"), not a figure.
    const figure = (type: AnswerType | null) =>
      wh === 'which' && type !== null && FIGURE_TYPES.has(type) ? null : type;
    const known =
      figure(typed) ??
      figure(noun ? typeOfNounBySenses(noun.lemma, senses) : null) ??
      (measured ? 'quantity' : null) ??
      (headToken && wh === 'which' && focusToken === null
        ? figure(namedKindOfNoun(headToken.lemma, lexicon))
        : null);
    // Typed by nothing else, a noun whose most frequent sense is an organisation prefers one.
    const preferred =
      known === null &&
      kind === 'factoid' &&
      noun !== null &&
      organizationBySenses(noun.lemma, senses);
    const type = known ?? (preferred ? 'organization' : null);
    return {
      ...base,
      kind,
      answerType: type ?? (named ? 'name' : priced ? 'money' : weighed ? 'weight' : 'any'),
      focusToken,
      headToken: head,
      ...(preferred ? { preferred } : {}),
      ...(measured ? { measured } : {}),
    };
  }
  return { ...base, kind: 'factoid', answerType: 'any' };
}

/** True when the question asks a difference: "by how much", or "how much" before a comparative ("how much faster"). */
export function asksDifference(tokens: readonly { normal: string }[]): boolean {
  return tokens.some(
    (token, index) =>
      token.normal === 'how' &&
      tokens[index + 1]?.normal === 'much' &&
      (tokens[index - 1]?.normal === 'by' || isComparative(tokens[index + 2]?.normal ?? '')),
  );
}

/** English's verbs of naming: "what is the game called", "what was the ship named". */
const NAMING_VERBS = new Set(['call', 'name', 'title', 'dub', 'rename', 'christen']);

/**
 * "What is Ninefold's new game called?", "what will the sequel be titled?": a question ending
 * in a verb of naming asks for a name.
 */
function askedByNamingVerb(words: readonly Token[]): boolean {
  const last = words.at(-1);
  return last !== undefined && last.pos === 'VERB' && NAMING_VERBS.has(lemmatize(last.normal));
}

/** The last noun of the noun phrase starting at `start` (modifiers before it), or null. */
function countedNoun(tokens: readonly { pos: string }[], start: number): number | null {
  let noun: number | null = null;
  for (let at = start; at < tokens.length; at += 1) {
    const pos = tokens[at]!.pos;
    if (pos === 'NOUN') noun = at;
    // A participle between the quantifier and a noun modifies the noun ("how much contaminated
    // earth", "how many damaged cars"): "how much/many" is followed by what it quantifies, so
    // a verb there with a noun or adjective after it is no verb of the clause.
    else if (pos === 'VERB' && noun === null && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? ''))
      continue;
    else if (pos !== 'ADJ' && pos !== 'PROPN') break;
  }
  return noun;
}
