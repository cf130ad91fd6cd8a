/**
 * What to search for to keep the previous answer at hand in a follow-up: the sentence it cited
 * first. The previous answer counts as context ("In what year did Wierzbicki become music
 * director?" — "2011 … Wierzbicki, who became music director in 2011, will take the title of
 * conductor laureate…", then "And what title did he take after stepping down?"), though the
 * follow-up's own words may not find its passage again.
 */
import type { ChatMessage } from '../chat-types.js';
import { REFUSAL_TEXT } from '../create-refusal.js';
import { withoutCitationMarks } from './answer-text.js';

/** Characters of the cited sentence searched for at most. */
const MAX_QUERY = 300;

/**
 * The first sentence the previous answer quoted, without its citation marks and the short
 * answer on a line of its own above it ("2011 [1]"); null without an earlier answer, or after
 * a refusal, which cited nothing.
 */
export function previousPassageQuery(history: readonly ChatMessage[]): string | null {
  const answer = history.findLast((message) => message.role === 'assistant')?.content ?? '';
  if (answer.trim() === '' || answer.startsWith(REFUSAL_TEXT)) return null;
  const paragraphs = withoutCitationMarks(answer)
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  // "2011" over "Wierzbicki, who became…": a short answer's line states no passage of its own.
  const cited =
    paragraphs.length > 1 && !/[.!?]$/u.test(paragraphs[0]!) ? paragraphs[1]! : paragraphs[0];
  if (!cited) return null;
  const end = cited.search(/[.!?](\s|$)/u);
  return (end >= 0 ? cited.slice(0, end + 1) : cited).slice(0, MAX_QUERY);
}
