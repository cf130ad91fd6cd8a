/**
 * The phrase or subordinate clause a sentence or question opens with, set off by a comma ("If I
 * don't pay for garden waste collection,", "With great regret,"): English puts it before the
 * main clause.
 */
import type { Token } from './parse-text.js';

/**
 * The position of the comma closing the opening phrase or clause, when the first word's part of
 * speech is among `opens` and a comma follows; -1 otherwise.
 */
export function openingCommaAt(tokens: readonly Token[], opens: ReadonlySet<string>): number {
  if (!opens.has(tokens[0]?.pos ?? '')) return -1;
  return tokens.findIndex((token) => token.text === ',');
}
