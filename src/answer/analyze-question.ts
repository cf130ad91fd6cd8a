/**
 * What a question asks: its content terms with their weights, and the kind
 * of answer expected (a number, a date, a person, a place).
 */
import type { WordVectors } from '../embed/word-vectors.js';
import { termWeight } from '../embed/term-weights.js';
import { isStopword, lemmatize, tokenize } from '../text/tokenize.js';

export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'other';

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
}

/** Words that frame a question rather than name its topic. */
const FRAMING = new Set([
  'name', 'named', 'happen', 'happened', 'mention', 'mentioned', 'article', 'articles', 'report',
  'reported', 'document', 'documents', 'know', 'give', 'describe', 'explain', 'kind', 'type', 'exactly',
  'please', 'called', 'anything', 'something', 'thing', 'things', 'way', 'ways', 'one', 'ones',
]);

/** The kind of answer a question wants, from its wh-phrase. */
export function detectAnswerType(question: string): AnswerType {
  const text = question.toLowerCase();
  if (/\bhow (many|much|long|far|big|large|old)\b|\bwhat (number|percentage|amount)\b|\bnumber of\b/u.test(text)) return 'number';
  if (/\bwhen\b|\b(what|which) (year|date|day|month|time)\b|\bsince when\b/u.test(text)) return 'date';
  if (/\bwho(m|se)?\b/u.test(text)) return 'person';
  if (/\bwhere\b|\b(what|which) (city|province|country|region|place|town|capital)\b/u.test(text)) return 'place';
  return 'other';
}

/** Lower-cased words written with a capital somewhere other than a sentence start. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?]\s*|^\s*)\b(\p{Lu}[\p{L}\d]*)/gu)) names.add(match[1]!.toLowerCase());
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
    terms.push({ token, lemma, weight: termWeight(vectors, token), primary, name: names.has(token) });
  }
  return terms;
}

/** Analyses `question`; `context` (from the conversation) adds secondary terms. */
export function analyzeQuestion(question: string, vectors: WordVectors, context = ''): QuestionAnalysis {
  const primary = termsOf(question, vectors, true);
  const known = new Set(primary.map((term) => term.lemma));
  const secondary = termsOf(context, vectors, false).filter((term) => !known.has(term.lemma));
  return { terms: [...primary, ...secondary], answerType: detectAnswerType(question) };
}
