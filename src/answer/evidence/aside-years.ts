/**
 * Years a sentence states only in an aside: "Revenue of £412,000 (Q3 2018: £61,000)" gives the
 * year before's figure in brackets, and its own figure is of the time its article reports on.
 */
import { yearsIn } from '../analyze/find-constraints.js';

/** A bracketed aside: "(Q3 2018: £61,000)". */
const BRACKETED = /\([^()]*\)/gu;
/** A year or a range of years, as written. */
const WRITTEN_YEARS = /\b(?:1[89]|2[01])\d\d(?:\s*[-–/]\s*\d{2,4})?\b/gu;
/** A figure of its own: a sum, a share, or a number of two digits or more. */
const ASIDE_FIGURE = /[\p{Sc}%]|\d[\d,.]*\d/u;

/**
 * True when the text states years only in brackets that give a figure of their own, to compare
 * with ("Revenue of £412,000 (Q3 2018: £61,000)"); not in brackets that qualify the sentence's
 * own time ("Fares (in force since 1 April 2023): adult single £6.80").
 */
export function yearsOnlyInAsides(text: string): boolean {
  if (yearsIn(text.replace(BRACKETED, ' ')).length > 0) return false;
  const dated = [...text.matchAll(BRACKETED)]
    .map((match) => match[0])
    .filter((bracket) => yearsIn(bracket).length > 0);
  return (
    dated.length > 0 &&
    dated.every((bracket) => ASIDE_FIGURE.test(bracket.replace(WRITTEN_YEARS, ' ')))
  );
}
