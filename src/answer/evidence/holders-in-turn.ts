/**
 * A post's holders listed in turn with their years in brackets: "Directors of excavations: Dr
 * Helen Crowe (1996-2018), Dr Sam Achterberg (2018-2022), Ifeoma Nwosu (2023-)". English
 * writes a term of office in brackets after its holder's name; names whose terms start one
 * after another, each no earlier than the one before ended, held the post in that order, so
 * each took over from the one before.
 */
import type { ParsedText } from '../analyze/parse-text.js';
import type { Succession } from './succession.js';

/** The years a bracket opens with ("1996-2018", "2023-", "since 2015"): its first and any second. */
const TERM = /^\D*?(\d{4})(?:\s*(?:-|–|to)\s*(\d{4}))?/u;

/** The successions a list of holders with their terms in brackets states, in its order. */
export function holdersInTurn(parsed: ParsedText): Succession[] {
  const { tokens, text } = parsed;
  const held: { name: string; from: number; to: number | null }[] = [];
  for (const entity of parsed.entities) {
    if (entity.type !== 'name' || tokens[entity.last + 1]?.text !== '(') continue;
    const close = tokens.findIndex((token, at) => at > entity.last + 1 && token.text === ')');
    if (close < 0) continue;
    const term = TERM.exec(text.slice(tokens[entity.last + 1]!.end, tokens[close]!.start));
    if (!term) continue;
    held.push({
      name: entity.text,
      from: Number(term[1]),
      to: term[2] === undefined ? null : Number(term[2]),
    });
  }
  // In turn: every term but the last has ended ("Ann Bell (2015), Tom Reid (2017)" may be
  // the years each joined), and each starts after the one before, not before it ended.
  const inTurn = held.every(
    (holder, at) =>
      (at === held.length - 1 || holder.to !== null) &&
      (at === 0 ||
        (holder.from > held[at - 1]!.from && holder.from >= (held[at - 1]!.to ?? holder.from))),
  );
  if (held.length < 2 || !inTurn) return [];
  return held.slice(1).map((holder, at) => ({ before: held[at]!.name, after: holder.name }));
}
