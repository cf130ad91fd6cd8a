/**
 * Unanimity, read from a vote's tally. English's "unanimous" says every voter agreed, and
 * "unopposed" that no one stood or voted against: a tally counting anyone against or abstaining
 * ("carried by five votes to two", "voted 11 to 6 in favour", "with three votes against",
 * "Agreed, with one abstention", "the court split 2-1") says it was not; "unanimously",
 * "unanimous" or "unopposed" stated says it was.
 */
import { countValue } from '../analyze/find-constraints.js';
import { lemmatize } from '../../text/tokenize.js';
import { inNegationScope } from '../analyze/negation-scope.js';
import type { Token } from '../analyze/parse-text.js';
import { COUNT, FATE_BEFORE_TALLY } from '../evidence/vote-tallies.js';

/** True when the word is English's "unanimous" or "unanimously". */
export function saysUnanimous(word: string): boolean {
  return /^unanimous(?:ly)?$/u.test(word);
}

/**
 * True when the word says no one opposed a choice: "unanimous(ly)", or "unopposed" and
 * "uncontested" (English's words for an election or motion no one stood or voted against).
 */
export function saysNoDissent(word: string): boolean {
  return saysUnanimous(word) || word === 'unopposed' || word === 'uncontested';
}

/**
 * True when the question asks whether something was unanimous or unopposed ("Was the vote
 * unanimous?", "Was she elected unopposed?").
 */
export function asksUnanimity(tokens: readonly Token[]): boolean {
  return tokens.some((token) => saysNoDissent(lemmatize(token.normal)));
}

/** Tallies naming who did not agree, each with the count of them as its last group. */
const DISSENT: readonly RegExp[] = [
  // "with three votes against", "6 against", "two against"
  new RegExp(String.raw`\b${COUNT}\s+(?:votes?\s+)?against\b`, 'giu'),
  // "one abstention", "7 abstentions"
  new RegExp(String.raw`\b${COUNT}\s+abstentions?\b`, 'giu'),
  // "carried by five votes to two", "voted 11 to 6", "split 2-1", "The motion carried 9 to 2":
  // the second figure is the side that lost (a verb of a motion's fate may take the tally
  // straight after it, as "voted" does).
  // A comma or colon may stand between the verb and its tally ("Motion carried, 6 votes to 1").
  new RegExp(
    String.raw`\b(?:${FATE_BEFORE_TALLY})[,:]?\s+(?:\d+|[a-z]+)(?:\s+votes?)?(?:\s+to\s+|\s*[-–]\s*)${COUNT}\b`,
    'giu',
  ),
  // "6 votes to 1", "by a margin of nine votes to four": figures counted as votes are a tally
  // whatever precedes them.
  new RegExp(String.raw`\b(?:\d+|[a-z]+)\s+votes?\s+to\s+${COUNT}\b`, 'giu'),
  // "the result was Fyfe 41 votes, Gilchrist 33 votes": two counts of votes in one clause split it.
  new RegExp(String.raw`\b\d+\s+votes?\b[^.;]*?\b(\d+)\s+votes?\b`, 'giu'),
];

/**
 * "No" when the text's tally counts anyone against or abstaining; "Yes" when it states a
 * unanimous decision, not negated ("was not unanimous" is a "No"); null when it tells neither.
 */
export function unanimityVerdict(text: string, tokens: readonly Token[]): 'Yes' | 'No' | null {
  for (const pattern of DISSENT)
    for (const match of text.matchAll(pattern)) {
      const count = countValue(match[1]!);
      if (count !== null && count > 0) return 'No';
    }
  const stated = tokens.findIndex((token) => saysNoDissent(token.normal));
  if (stated < 0) return null;
  // "There were no other nominations and he was elected unopposed": the negation of another
  // clause does not reach it.
  return inNegationScope(tokens, stated) ? 'No' : 'Yes';
}

/**
 * True when the sentence's subject is a name (a run of proper nouns before its verb) of which
 * the question states no word: "Isla Gilchrist was then elected Vice-President unopposed" is no
 * verdict on Alasdair Fyfe's election. A label before a tally ("Decision: carried
 * unanimously") has no verb after it and is no subject.
 */
export function choiceOfAnother(tokens: readonly Token[], question: readonly Token[]): boolean {
  const subject = tokens.findIndex((token) => token.pos !== 'DET');
  let end = subject;
  while (tokens[end]?.pos === 'PROPN') end += 1;
  let verb = end;
  while (tokens[verb]?.pos === 'ADV') verb += 1;
  return (
    end > subject &&
    ['VERB', 'AUX'].includes(tokens[verb]?.pos ?? '') &&
    !tokens
      .slice(subject, end)
      .some((token) => question.some((asked) => asked.normal === token.normal))
  );
}
