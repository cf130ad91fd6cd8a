/**
 * The article's year when a sentence speaks of it without writing it, by two rules of English:
 * a period opened with "since" runs up to the time of writing ("have sold 7.9 million units
 * since 2020", in a 2024 article, is so in 2024; "their first cup since 2009" is won now); and
 * a year written only in the standard of a comparison or a change ("2.6% lower than the 2020
 * budget", "48,000 tickets, up from 41,500 in 2022") dates what is measured against, not what
 * the sentence states, which is then of the article's time. A third: a day of a month written
 * without its year ("He will be succeeded on 1 April by…", beside "founded in 1948") is a day
 * of the article's time, as a writer gives the year only when it is another.
 */
import { yearsIn } from '../analyze/find-constraints.js';
import { MONTHS } from '../../ingest/extract-metadata.js';

/** "since 2020", "since early 2020", "since March 2020": the year a period opened. */
const SINCE_YEAR = /\bsince\s+(?:\p{L}+\s+)?(1[89]\d\d|2[01]\d\d)\b/giu;
/**
 * The standard a comparison or a change is measured against, up to the clause's punctuation
 * (a figure's own separators kept: "41,500"):
 * "than the 2020 budget", "up from 41,500 in 2022", "compared with 2019".
 */
const STANDARD_PHRASE =
  /\b(?:than|(?:up|down) from|compared (?:with|to))\b(?:[^,.;:!?]|(?<=\d)[,.](?=\d))*/giu;

/** The months' names as written in running text ("April"), a pattern's alternatives. */
const MONTH = `(?:${MONTHS.map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join('|')})`;
/** "1 April", "3rd May", "April 1": a day of a month, no year after it. */
const DAY_WITHOUT_YEAR = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)\b(?![,\s]*(?:\d{4}|'\d\d)\b)`,
  'u',
);

export function yearsToArticle(text: string, articleYear: number): number[] {
  const since = [...text.matchAll(SINCE_YEAR)].some((match) => Number(match[1]) < articleYear);
  const compared =
    yearsIn(text).length > 0 && yearsIn(text.replace(STANDARD_PHRASE, ' ')).length === 0;
  return since || compared || DAY_WITHOUT_YEAR.test(text) ? [articleYear] : [];
}
