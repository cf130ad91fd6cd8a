/**
 * Unanimity, read from a vote's tally. English's "unanimous" says every voter agreed: a tally
 * counting anyone against or abstaining ("carried by five votes to two", "voted 11 to 6 in
 * favour", "with three votes against", "Agreed, with one abstention", "the court split 2-1")
 * says it was not; "unanimously" or "unanimous" stated says it was.
 */
import { countValue } from '../analyze/find-constraints.js';
import { lemmatize } from '../../text/tokenize.js';
import type { Token } from '../analyze/parse-text.js';
import { COUNT, FATE_BEFORE_TALLY } from '../evidence/vote-tallies.js';

/** True when the word is English's "unanimous" or "unanimously". */
export function saysUnanimous(word: string): boolean {
  return /^unanimous(?:ly)?$/u.test(word);
}

/** True when the question asks whether something was unanimous ("Was the vote unanimous?"). */
export function asksUnanimity(tokens: readonly Token[]): boolean {
  return tokens.some((token) => saysUnanimous(lemmatize(token.normal)));
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
  const stated = tokens.find((token) => saysUnanimous(token.normal));
  if (!stated) return null;
  return stated.negated ? 'No' : 'Yes';
}
