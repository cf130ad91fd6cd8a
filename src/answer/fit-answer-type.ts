/**
 * Does a sentence hold the kind of answer the question asks for, and one the
 * question does not already contain? "How many…" wants a count, "in what
 * year…" a year, "who…" a name the question did not mention.
 */
import type { WordVectors } from '../embed/word-vectors.js';
import type { AnswerType } from './analyze-question.js';

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|several|few';
// Counts, but not years ("in 2019") nor definite references ("the two countries").
const COUNT = new RegExp(
  `(?<!\\bthe\\s)\\b(?!(?:1[89]|20)\\d\\d\\b)(\\d[\\d,.]*\\w*|${NUMBER_WORDS})\\b`,
  'giu',
);
const LENGTH = new RegExp(
  `\\b(\\d[\\d,.]*|${NUMBER_WORDS})[\\s-]*(days?|weeks?|months?|years?|hours?|minutes?|km|kilomet\\w*|miles?|metres?|meters?)\\b|\\b\\d+km\\b`,
  'giu',
);
const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;
const DATE =
  /\b(1[89]\d\d|20\d\d|\d{4}-\d\d-\d\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (week|month|year)|yesterday)\b/giu;
const CAPITALISED = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}’'-]+/gu;

export interface TypeFitOptions {
  type: AnswerType;
  text: string;
  /** Lower-cased words of the question (answers must bring something new). */
  questionWords: Set<string>;
  lexicon: WordVectors;
}

function hasNew(pattern: RegExp, text: string, questionWords: Set<string>): boolean {
  for (const match of text.matchAll(pattern)) {
    const words = match[0].toLowerCase().split(/[\s-]+/u);
    if (words.some((word) => !questionWords.has(word))) return true;
  }
  return false;
}

/** True when `text` carries a new item of the asked-for type. */
export function fitsAnswerType({ type, text, questionWords, lexicon }: TypeFitOptions): boolean {
  switch (type) {
    case 'number':
      return hasNew(COUNT, text, questionWords);
    case 'length':
      return hasNew(LENGTH, text, questionWords);
    case 'year':
      return hasNew(YEAR, text, questionWords);
    case 'date':
      return hasNew(DATE, text, questionWords);
    case 'person':
    case 'place':
      // A capitalised word the question did not contain; for people, a rare one
      // (names, not "Iranian" or "Minister").
      return [...text.matchAll(CAPITALISED)].some(([word]) => {
        const lower = word.toLowerCase().replace(/[’']s$/u, '');
        const rank = lexicon.rank(lower);
        return !questionWords.has(lower) && (type === 'place' || rank === undefined || rank > 2500);
      });
    default:
      return true;
  }
}

/** Types whose absence means the sentence cannot be the answer. */
export function isStrictType(type: AnswerType): boolean {
  return type === 'number' || type === 'length' || type === 'year' || type === 'date';
}
