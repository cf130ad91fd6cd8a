/**
 * What question analysis produces: the question's kind, the type of answer
 * it expects, its weighted terms, and the constraints evidence must meet.
 */
import type { EntityType, ParsedText } from './parse-text.js';

export type QuestionKind = 'factoid' | 'why-how' | 'yes-no' | 'list' | 'summary' | 'comparison';

/** The expected answer of a factoid; `any` when the question does not say. */
export type AnswerType =
  | 'person'
  | 'organization'
  | 'place'
  | 'date'
  | 'time'
  | 'number'
  | 'money'
  | 'percent'
  | 'duration'
  | 'score'
  /** Any figure: a count, an amount or a percentage ("how big", "how high"). */
  | 'quantity'
  /** An amount of money or a percentage: how much something changed ("how much did bills go up"). */
  | 'amount'
  /** A person's age ("how old"). */
  | 'age'
  /** A measured length or distance ("909km", "11.4 km"). */
  | 'length'
  /** A measured weight ("22.4 kilograms", "38lb"). */
  | 'weight'
  /** A speed ("38 knots", "60mph", "24 miles per hour"). */
  | 'speed'
  /** The size of a thing in space: an area, a volume or a length ("11,000 square feet"). */
  | 'size'
  /** A proper name of any kind: "what is the name of the frontier / the captain". */
  | 'name'
  | 'any';

export interface QuestionTerm {
  token: string;
  lemma: string;
  /** SIF weight × how specific the word is in this corpus (0–1). */
  weight: number;
  /** Typed by the user in this turn; false for words carried over from earlier turns. */
  primary: boolean;
  /** Part of a name: matches only itself. */
  name: boolean;
  /** Used as a verb in the question (its parser's tag), so a verb's synonyms state it. */
  verb?: boolean;
  /**
   * The phrasal verb it makes with the particle after it, as WordNet spells it ("call_off" for
   * "called off"): the verb whose synonyms state it ("cancelled").
   */
  phrasal?: string;
  /**
   * The phrasal verb's particle closes its clause ("did he pass away?", "was it called off?"):
   * then it is surely the verb's, no preposition with an object ("running on MySQL"), and the
   * verb without it is another verb.
   */
  particleCloses?: boolean;
}

/** Things the evidence must state (or its document must), not merely mention. */
export interface Constraints {
  /** Years, each group a set of alternatives ("2022-23" is met by 2022 or 2023). */
  years: number[][];
  /** Quarters of a year, 1–4 ("Q2", "second quarter"). */
  quarters: number[];
  /** Names, each as its lower-cased words. */
  names: string[][];
  /** Numbers written in the question (not years), as written without thousands separators. */
  numbers: string[];
}

export interface QuestionAnalysis {
  /** The question as typed. */
  question: string;
  parsed: ParsedText;
  kind: QuestionKind;
  answerType: AnswerType;
  /** Content terms: the user's own (primary) and those carried over from the conversation. */
  terms: QuestionTerm[];
  /**
   * The noun a what/which question is about when it is not a type of answer
   * ("population" in "what is the population of Zahedan"): evidence must mention it.
   */
  focus: QuestionTerm | null;
  /** True when the focus is the thing counted ("how many goals"): the figure must count it. */
  counted: boolean;
  /**
   * True when a length is asked of a thing WordNet knows in no sense that lasts ("How long is
   * the Caldon Tunnel?"): no span of time answers it, as one may "How long is the film?".
   */
  extentOnly?: boolean;
  /** True when the counted focus names people ("staff", "employees"): "2,410 people" counts it. */
  countsPeople: boolean;
  /** Lemma of the noun a what/which question asks about, typed or not ("rank", "group"). */
  head: string | null;
  constraints: Constraints;
  /** Documents the question names (by source, title, date, id or genre). */
  documents: string[];
  /** The question is negated ("did they not…"). */
  negated: boolean;
  /** The question asks for one article ("the article about…"), whether or not it names which. */
  oneArticle: boolean;
  /**
   * The answer type is only preferred (see `Classification.preferred`): when no evidence holds
   * an answer of that type, the question is answered as one asking no type.
   */
  typePreferred?: boolean;
  /** For comparisons: the two (or more) sides, each a set of extra constraints. */
  sides: Constraints[];
  /** The previous answer's text, so a follow-up's answer need not repeat it. */
  previousAnswer: string;
  /**
   * The name a follow-up's personal pronoun stands for, as its lower-cased words ("When did he
   * stand down?" after "Sir David Pell"); absent otherwise.
   */
  referent?: string[];
  /** What retrieval should search for (the question with the conversation's context). */
  searchQuery: string;
}

/** Prepositions of place (a closed class of English), as written and as the tagger normalises them ("thru"). */
export const LOCATIVE: ReadonlySet<string> = new Set([
  'thru',
  'at',
  'in',
  'from',
  'near',
  'to',
  'into',
  'outside',
  'inside',
  'across',
  'through',
  'throughout',
  'around',
  'toward',
  'towards',
  'beyond',
  'within',
  'via',
  'onto',
  'along',
  'alongside',
  'beside',
  'opposite',
  'behind',
  'beneath',
  'off',
]);

/** Entity types that can answer each expected answer type. */
export const ENTITIES_FOR: Record<AnswerType, EntityType[]> = {
  // A person named by role ("your line manager"), when the sentence names no one doing it.
  person: ['name', 'role'],
  organization: ['name'],
  place: ['name'],
  // A length of time up to a date ("until 1949") says when it ended (answer-fit.ts).
  date: ['date', 'year', 'time', 'clause', 'duration'],
  // A race's or a film's time, written in hours, minutes and seconds (answer-fit.ts).
  time: ['time', 'date', 'duration'],
  number: ['number'],
  money: ['money'],
  score: ['range', 'number'],
  quantity: ['number', 'money', 'percent'],
  amount: ['money', 'percent'],
  age: ['number'],
  length: ['number', 'duration'],
  // "38 pounds" is read as money by the model: a weight when its unit is one (find-evidence).
  weight: ['number', 'money'],
  speed: ['number'],
  size: ['number'],
  percent: ['percent'],
  duration: ['duration'],
  name: ['name'],
  any: [],
};

/** Answer types that are figures measuring an attribute the question names ("revenue", "the margin"). */
export const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set([
  'money',
  'percent',
  'number',
  'quantity',
  'amount',
]);

/** English's generic count nouns for people: they count soldiers, fans and staff alike. */
export const GENERIC_COUNT_LEMMAS: ReadonlySet<string> = new Set(['people', 'person', 'persons']);
