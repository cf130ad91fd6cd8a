/**
 * What a question asks: its content terms with their weights, and the kind
 * of answer expected (a number, a date, a person, a place).
 */
import type { WordVectors } from '../embed/word-vectors.js';
import { termWeight } from '../embed/term-weights.js';
import { isStopword, lemmatize, tokenize } from '../text/tokenize.js';
import { detectAnswerType, type AnswerType } from './detect-answer-type.js';

export type { AnswerType };

export interface QuestionTerm {
  token: string;
  lemma: string;
  /** SIF weight: rare words near 1, common ones near 0. */
  weight: number;
  /** Terms the user typed are primary; terms carried over from history are not. */
  primary: boolean;
  /** Capitalised mid-sentence: a name, which only matches itself. */
  name: boolean;
}

export interface QuestionAnalysis {
  terms: QuestionTerm[];
  answerType: AnswerType;
  /**
   * What the question asks about ("population" in "what is the population
   * of Zahedan?"): if the corpus never mentions it, the answer is not there.
   */
  focus: QuestionTerm[];
  /** The noun after "what"/"which" ("rank" in "what rank are…"): the answer's kind. */
  asksFor: string | null;
}

/** Nouns that name a kind of answer rather than a fact ("what body…", "which figure…"). */
const GENERIC = new Set([
  'body',
  'figure',
  'person',
  'people',
  'group',
  'groups',
  'organisation',
  'organization',
  'entity',
  'official',
  'officials',
  'man',
  'woman',
  'place',
  'thing',
  'country',
  'countries',
  'city',
  'town',
  'region',
  'area',
  'name',
  'title',
  'role',
  'position',
  'event',
  'incident',
  'kind',
  'type',
  'sort',
  'amount',
  'number',
  'part',
  'side',
  'level',
  'rank',
  'date',
  'day',
  'month',
  'year',
  'time',
]);

const FOCUS_PATTERNS = [
  /\b(?:what|which|whose)\s+(?:is|was|are|were|will be)\s+(?:the\s+|an?\s+)?(?:name\s+of\s+(?:the\s+|an?\s+)?)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+of\b/iu,
  /\bhow\s+(?:many|much)\s+([\p{L}-]+)/iu,
];

const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'kind',
  'type',
  'sort',
]);

/** The word right after "what"/"which", when it is a noun rather than a verb. */
function asksForOf(question: string): string | null {
  const word = /\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?([\p{L}-]+)/iu
    .exec(question)?.[1]
    ?.toLowerCase();
  return word && !AUXILIARIES.has(word) && !isStopword(word) ? lemmatize(word) : null;
}

/** The head nouns a question asks about, skipping generic ones. */
function focusWords(question: string): string[] {
  for (const pattern of FOCUS_PATTERNS) {
    const words = pattern.exec(question)?.[1]?.toLowerCase().split(/\s+/u);
    const head = words?.reverse().find((word) => !GENERIC.has(word) && !isStopword(word));
    if (head) return [head];
  }
  return [];
}

/** Words that frame a question rather than name its topic. */
const FRAMING = new Set([
  'name',
  'named',
  'happen',
  'happened',
  'mention',
  'mentioned',
  'article',
  'articles',
  'report',
  'reported',
  'document',
  'documents',
  'know',
  'give',
  'describe',
  'explain',
  'kind',
  'type',
  'exactly',
  'please',
  'called',
  'anything',
  'something',
  'thing',
  'things',
  'way',
  'ways',
  'one',
  'ones',
  'editorial',
  'editorials',
  'story',
  'stories',
  'piece',
  'newspaper',
  'paper',
  'outlet',
  'publication',
  'dateline',
  'datelined',
  'besides',
  'apart',
  'shortly',
  'specifically',
  'according',
]);

/** Lower-cased words written with a capital somewhere other than a sentence start. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?]\s*|^\s*)\b(\p{Lu}[\p{L}\d]*)/gu))
    names.add(match[1]!.toLowerCase());
  return names;
}

function termsOf(text: string, vectors: WordVectors, primary: boolean): QuestionTerm[] {
  const names = namesIn(text);
  const seen = new Set<string>();
  const terms: QuestionTerm[] = [];
  for (const token of tokenize(text)) {
    if (isStopword(token) || FRAMING.has(token)) continue;
    const lemma = lemmatize(token);
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    terms.push({
      token,
      lemma,
      weight: termWeight(vectors, token),
      primary,
      name: names.has(token),
    });
  }
  return terms;
}

/** Analyses `question`; `context` (from the conversation) adds secondary terms. */
export function analyzeQuestion(
  question: string,
  vectors: WordVectors,
  context = '',
): QuestionAnalysis {
  // "How long did the visit last?": the closing "last" only asks for a duration.
  const asked = question.replace(/^(.*\bhow long\b.*)\blast\s*\?*\s*$/iu, '$1');
  const answerType = detectAnswerType(question);
  // "In what month and year…": the unit names the answer's kind, it is not a topic.
  const units =
    answerType === 'date' || answerType === 'year' ? /\b(year|month|day|date|time)s?\b/giu : null;
  const primary = termsOf(units ? asked.replace(units, ' ') : asked, vectors, true);
  const known = new Set(primary.map((term) => term.lemma));
  const secondary = termsOf(context, vectors, false).filter((term) => !known.has(term.lemma));
  const focus = focusWords(question);
  return {
    terms: [...primary, ...secondary],
    answerType,
    focus: primary.filter((term) => focus.includes(term.token) || term.name),
    asksFor: asksForOf(question),
  };
}
