/**
 * Years a sentence states only in an aside: "Revenue of £412,000 (Q3 2018: £61,000)" gives the
 * year before's figure in brackets, and its own figure is of the time its article reports on.
 */
import { WRITTEN_YEARS, yearsIn } from '../analyze/find-constraints.js';
import { lemmatize, tokenize } from '../../text/tokenize.js';
import { RELATIVE_PRONOUNS } from '../analyze/pronouns.js';

/** A bracketed aside: "(Q3 2018: £61,000)". */
const BRACKETED = /\([^()]*\)/gu;
/** A figure of its own: a sum, a share, or a number of two digits or more. */
const ASIDE_FIGURE = /[\p{Sc}%]|\d[\d,.]*\d/u;

/**
 * A phrase of comparison, from English's markers of it to the next comma or the sentence's end
 * (a figure's thousands separator, "13,100", is no comma of the sentence's):
 * "…$3.6 million in the second quarter, compared with $2.1 million in the same quarter of 2021",
 * "…£2,260,000, 5.6 per cent up on 2022"; a figure after a comma's "from" ("Turnover recovered
 * to £7.7 million, from £6.1 million in 2020"), not a date ("…, from 1 April 2019").
 */
const COMPARED =
  /(?:\b(?:compared (?:with|to)|(?:up|down) (?:from|on)|(?:higher|lower) than)\b|(?<=, )from (?=\p{Sc}|\d[\d,.]*(?:%| per cent| (?:million|billion|in)\b|(?:m|bn|k)\b)))(?:[^,;]|,(?=\d{3}))*/giu;

/**
 * The text without its phrases of comparison ("…10% higher than in 2022", "compared with £2.1
 * million in 2021"): the years they name are the time compared with, not the time the text
 * tells of.
 */
export function withoutComparisons(text: string): string {
  return text.replace(COMPARED, ' ');
}

/**
 * The text without its bracketed asides that give another year's figure ("Boys: 71 (2019:
 * 28)"): the year they name is the one compared with, not the time the text tells of. Brackets
 * qualifying the text's own time ("(in force since 1 April 2023)") stay.
 */
export function withoutFigureAsides(text: string): string {
  return text.replace(BRACKETED, (aside) =>
    yearsIn(aside).length > 0 && ASIDE_FIGURE.test(aside.replace(WRITTEN_YEARS, ' ')) ? ' ' : aside,
  );
}

/**
 * True when the text states years only in asides: brackets that give a figure of their own, to
 * compare with ("Revenue of £412,000 (Q3 2018: £61,000)"), or a phrase of comparison
 * ("$3.6 million in the second quarter, compared with $2.1 million in the same quarter of
 * 2021"); not in brackets that qualify the sentence's own time ("Fares (in force since 1 April
 * 2023): adult single £6.80").
 */
export function yearsOnlyInAsides(text: string): boolean {
  if (yearsIn(text.replace(BRACKETED, ' ').replace(COMPARED, ' ')).length > 0) return false;
  const dated = (pattern: RegExp) =>
    [...text.matchAll(pattern)]
      .map((match) => match[0])
      .filter((aside) => yearsIn(aside).length > 0);
  const brackets = dated(BRACKETED);
  // A phrase of comparison sets its year against the sentence's own time, figure or none ("5.6
  // per cent up on 2022"); brackets do only when they give a figure of their own.
  return (
    brackets.length + dated(COMPARED).length > 0 &&
    brackets.every((bracket) => ASIDE_FIGURE.test(bracket.replace(WRITTEN_YEARS, ' ')))
  );
}

/**
 * A non-restrictive relative clause: ", who had been second in 2018," to its closing comma or
 * stop (not a figure's separator or decimal point: "£1,200", "£8.9 million"). English opens one
 * with any relative pronoun but "that".
 */
const RELATIVE_ASIDE = new RegExp(
  `,\\s*(?:${[...RELATIVE_PRONOUNS].filter((word) => word !== 'that').join('|')})\\b(?:[^,;.]|[,.](?=\\d))*`,
  'giu',
);

/**
 * The text without its non-restrictive relative clauses that state no asked verb: "The 2019 race
 * was won by Rhys Kettering, who had been second in 2018" dates the winning to 2019; the clause
 * tells of another time of the one it describes, as an aside does, unless it states what is
 * asked ("…, who had won it in 2018"). A sentence whose only year is such an aside's ("Bob
 * Tillotson, 79, who founded the business in 1987, said…") states none of its own: it is of its
 * article's time, as a sentence stating no year is.
 */
export function withoutRelativeAsides(text: string, asked: (lemma: string) => boolean): string {
  return text.replace(RELATIVE_ASIDE, (clause) =>
    tokenize(clause).some((word) => asked(lemmatize(word))) ? clause : ' ',
  );
}
