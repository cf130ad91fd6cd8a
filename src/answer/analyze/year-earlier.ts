/**
 * A figure for the year before the one a sentence states: "the operating margin of 10.2%
 * (12.1% a year ago)", "up 8% from $741 million a year earlier". English sets the comparison's
 * standard right before "a year ago", "a year earlier", "the year before" or "the previous
 * year"; the sentence then speaks of its year and of the one before it.
 */
import { FIGURE_ENTITIES, type Entity, type ParsedText, type Token } from './parse-text.js';
import { yearsIn } from './find-constraints.js';
import { DEICTIC } from './find-relative-years.js';

/** "a year ago", "a year earlier", "a year before", "one year earlier", "the previous year", "the year before", "the prior year". */
const YEAR_EARLIER =
  /\b(?:(?:a|one) year (?:ago|earlier|before)|the (?:previous|prior|preceding) year|the year before)\b/iu;

/** The same phrase opening a text. */
const OPENS_YEAR_EARLIER = new RegExp(`^${YEAR_EARLIER.source}`, 'iu');

/**
 * The years a sentence speaks of by its year-earlier phrase: each year it states, less one,
 * when the phrase follows a figure ("from $301 million a year earlier"); none when it only
 * compares ("5.4 million passengers in 2021, up from the year before" gives no 2020 figure).
 */
export function yearEarlierYears(parsed: ParsedText): number[] {
  if (!YEAR_EARLIER.test(parsed.text)) return [];
  const given = parsed.entities.some(
    (entity) => FIGURE_ENTITIES.has(entity.type) && ofYearEarlier(parsed.tokens, entity),
  );
  return given ? yearsIn(parsed.text).map((year) => year - 1) : [];
}

/** Tokens after a figure within which its year-earlier phrase begins ("12.1% a year ago"). */
const REACH = 2;

/** True when a year-earlier phrase follows the figure closely: the figure is the year before's. */
export function ofYearEarlier(tokens: readonly Token[], entity: Entity): boolean {
  for (let at = entity.last + 1; at <= entity.last + REACH && at < tokens.length; at += 1) {
    const rest = tokens
      .slice(at, at + 3)
      .map((token) => token.normal)
      .join(' ');
    if (OPENS_YEAR_EARLIER.test(rest)) return true;
    if (tokens[at]!.pos === 'VERB') return false;
  }
  return false;
}

/**
 * The year a deictic phrase gives the figure, read from its article's year: one right after it
 * ("down from 66% last year" in a 2023 article is 2022's figure) or possessing it before ("on
 * last year's $248.0 million"). Null when none stands there.
 */
export function deicticYearOf(
  tokens: readonly Token[],
  entity: Entity,
  articleYear: number,
): number | null {
  const after = DEICTIC[tokens[entity.last + 1]?.normal ?? ''];
  if (
    after !== undefined &&
    tokens[entity.last + 2]?.normal === 'year' &&
    tokens[entity.last + 3]?.normal !== "'s"
  )
    return articleYear + after;
  const before = DEICTIC[tokens[entity.first - 3]?.normal ?? ''];
  if (
    before !== undefined &&
    tokens[entity.first - 2]?.normal === 'year' &&
    tokens[entity.first - 1]?.normal === "'s"
  )
    return articleYear + before;
  return null;
}
