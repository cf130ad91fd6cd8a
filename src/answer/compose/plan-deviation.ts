/**
 * How something went against its plan, as English says it: in time, "two months late", "later
 * than planned", "behind schedule", "ahead of schedule", "on time"; in money, "over budget",
 * "£60,000 under budget", "below the engineers' estimate", "within budget". A question asking
 * whether a project finished on time is answered "No" by a sentence saying it finished late,
 * and "Did it run late?" by one saying it finished early. WordNet gives "late" and "early" as
 * each other's antonyms; the nouns a plan is written in (a schedule, a budget, an estimate)
 * and the prepositions comparing with it are English's closed classes, not any corpus's words.
 */
import { isPossessiveMarker, type Token } from '../analyze/parse-text.js';

/** Which way a sentence or a question says something went against its plan. */
export type Deviation = 'late' | 'early' | 'punctual' | 'over' | 'under' | 'within';

/** English's nouns naming a plan of time (a closed class). */
const TIME_PLANS: ReadonlySet<string> = new Set(['schedule', 'time', 'timetable']);

/** English's nouns naming a plan of money (a closed class). */
const MONEY_PLANS: ReadonlySet<string> = new Set(['budget', 'estimate', 'forecast']);

/** Words that may stand between a comparing preposition and its plan: "the engineers' estimate". */
const BEFORE_PLAN: ReadonlySet<string> = new Set(['DET', 'PRON', 'PART', 'NOUN', 'PROPN', 'ADJ']);

/** Words between a comparing word and its plan's noun, at most ("under the original budget"). Set once, not tuned. */
const PLAN_REACH = 3;

/** Parts of speech after "late"/"early" that make it say when in a period ("late March", "early days"). */
const PERIOD_HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** True when one of `plans` follows the token at `at` within PLAN_REACH words. */
function planAfter(tokens: readonly Token[], at: number, plans: ReadonlySet<string>): boolean {
  for (let next = at + 1; next <= at + 1 + PLAN_REACH && next < tokens.length; next += 1) {
    const token = tokens[next]!;
    if (plans.has(token.normal)) return true;
    // A possessive's apostrophe ("the engineers' estimate") is read as punctuation.
    if (!BEFORE_PLAN.has(token.pos) && !isPossessiveMarker(token.text)) return false;
  }
  return false;
}

/** The deviation the token at `at` states, or null. */
function deviationAt(tokens: readonly Token[], at: number): Deviation | null {
  const token = tokens[at]!;
  const next = tokens[at + 1];
  const word = token.normal;
  // "than planned", "than the budget": a comparative's standard.
  const thanPlan = next?.normal === 'than';
  // "as early as March", "no later than June": a bound, no deviation.
  if (['as', 'no'].includes(tokens[at - 1]?.normal ?? '')) return null;
  if (word === 'late' || word === 'early')
    return next !== undefined && PERIOD_HEADS.has(next.pos) ? null : word;
  if ((word === 'later' || word === 'earlier') && thanPlan)
    return word === 'later' ? 'late' : 'early';
  if (word === 'behind' && planAfter(tokens, at, TIME_PLANS)) return 'late';
  if (word === 'ahead' && next?.normal === 'of' && planAfter(tokens, at + 1, TIME_PLANS))
    return 'early';
  if (word === 'on' && planAfter(tokens, at, TIME_PLANS)) return 'punctual';
  if (word === 'on' && planAfter(tokens, at, MONEY_PLANS)) return 'within';
  if (word === 'within' && planAfter(tokens, at, MONEY_PLANS)) return 'within';
  if ((word === 'over' || word === 'above') && planAfter(tokens, at, MONEY_PLANS)) return 'over';
  if ((word === 'under' || word === 'below') && planAfter(tokens, at, MONEY_PLANS)) return 'under';
  if ((word === 'more' || word === 'less') && thanPlan && planAfter(tokens, at + 1, MONEY_PLANS))
    return word === 'more' ? 'over' : 'under';
  return null;
}

/**
 * The words (lower case) of the first deviation from a plan the tokens state, from the word of
 * deviation to its plan ("early"; "ahead of schedule"; "within its budget"); empty for none.
 */
export function deviationWords(tokens: readonly Token[]): Set<string> {
  for (let at = 0; at < tokens.length; at += 1) {
    if (deviationAt(tokens, at) === null) continue;
    const plan = tokens
      .slice(at + 1, at + 3 + PLAN_REACH)
      .findIndex((token) => TIME_PLANS.has(token.normal) || MONEY_PLANS.has(token.normal));
    return new Set(
      tokens.slice(at, plan < 0 ? at + 1 : at + 2 + plan).map((token) => token.normal),
    );
  }
  return new Set();
}

/** The first deviation from a plan the tokens state, outside any negation; null for none. */
export function statedDeviation(tokens: readonly Token[]): Deviation | null {
  for (let at = 0; at < tokens.length; at += 1) {
    const deviation = deviationAt(tokens, at);
    if (deviation !== null) return tokens[at]!.negated ? null : deviation;
  }
  return null;
}

const TIME: ReadonlySet<Deviation> = new Set(['late', 'early', 'punctual']);

/**
 * The verdict a stated deviation gives on an asked one, of the same measure (time or money):
 * "on time?" — late: No; "late?" — ahead of schedule: No; "over budget?" — under budget: No.
 * Null when they measure different things or the stated one does not settle it ("under
 * budget?" — "within budget").
 */
export function deviationVerdict(asked: Deviation, stated: Deviation): 'Yes' | 'No' | null {
  if (TIME.has(asked) !== TIME.has(stated)) return null;
  if (asked === stated) return 'Yes';
  switch (asked) {
    case 'punctual':
      return stated === 'late' ? 'No' : 'Yes';
    case 'within':
      return stated === 'over' ? 'No' : 'Yes';
    case 'under':
      return stated === 'over' ? 'No' : null;
    default:
      // Late, early or over, and the sentence says otherwise.
      return 'No';
  }
}
