/**
 * A sentence that introduces a list ("Aurelian sells three fare types on short-haul routes:")
 * is answered by the bulleted or numbered lines after it: document structure, not wording.
 */
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { onItemLine, opensItemAt } from '../evidence/section-heading.js';
import { withItemsAfter, type Draft } from './draft.js';

/**
 * How many of the best sentences are searched for one introducing a list. Set once, not tuned:
 * the aviation set's one such case has its introducer first; every set answers the same with 1–5.
 */
export const INTRODUCER_SEARCH = 3;

/** Most items a list answer shows (compose-list.ts's too). */
export const MAX_ITEMS = 12;
/**
 * Words of an item's own label at most ("Light", "Classic plus"): longer, the item is shown
 * whole. Set once, not tuned (a label names; a clause explains); no eval case turns on it.
 */
const LABEL_WORDS = 5;

/** Words of a label line at most ("Present:", "In attendance:"); longer, it is a sentence. */
const LABEL_LINE_WORDS = 4;

/** A line that is only a short label ending in a colon ("Present:", "**Apologies:**"). */
export function isShortLabel(text: string): boolean {
  const plain = text.trim().replace(/[*_]/gu, '');
  return plain.endsWith(':') && plain.split(/\s+/u).length <= LABEL_LINE_WORDS;
}

/** True when the sentence opens a bulleted or numbered line. */
export function opensItem(sentence: EvidenceSentence): boolean {
  return opensItemAt(sentence.document.fileText, sentence.span.start);
}

/**
 * When `sentence` ends with a colon and the lines after it are bulleted or numbered, one
 * sentence of each item (the first of its line); otherwise []. With `paragraph`, a sentence
 * whose paragraph is followed by such lines introduces them too, colon or not ("The Algarve
 * has more than 150 beaches. These are our five favourites." above a numbered list).
 */
export function listAfter(
  evidence: Evidence,
  sentence: EvidenceSentence,
  { paragraph = false }: { paragraph?: boolean } = {},
): EvidenceSentence[] {
  const colon = /:[*_]*$/u.test(sentence.text.trim());
  if (!colon && !paragraph) return [];
  const { fileText } = sentence.document;
  const all = evidence.sentencesOf(sentence.document.docId);
  let last = sentence.position;
  // An item of a list introduces no list; a paragraph's sentence, the lines after the paragraph.
  if (!colon && onItemLine(fileText, sentence.span.start)) return [];
  if (!colon)
    while (
      all[last + 1] !== undefined &&
      !fileText.slice(all[last]!.span.end, all[last + 1]!.span.start).includes('\n')
    )
      last += 1;
  const items: EvidenceSentence[] = [];
  // "Present:" and one name a line under it, up to a blank line: the label's items, bullets
  // or none (as ingestion keeps them).
  let lineEnd = sentence.span.end;
  let unbulleted = colon;
  const following = all.slice(last + 1);
  for (const [at, next] of following.entries()) {
    const gap = fileText.slice(lineEnd, next.span.start);
    // "The 214-page application includes:", a blank line, then a block of lines each its own
    // item ("a survey of every outdoor light fitting…;" over "a lighting management plan…;"):
    // the block's first line starts the items as the line right under the label would.
    const afterBlank =
      items.length === 0 &&
      /^[^\S\n]*\n[^\S\n]*\n[^\S\n]*$/u.test(gap) &&
      following[at + 1] !== undefined &&
      /^[^\S\n]*\n[^\S\n]*$/u.test(fileText.slice(next.span.end, following[at + 1]!.span.start));
    const nextLine = /^[^\S\n]*\n[^\S\n]*$/u.test(gap) || afterBlank;
    if (
      unbulleted &&
      !opensItemAt(fileText, next.span.start) &&
      (nextLine || (items.length > 0 && !gap.includes('\n')))
    ) {
      if (nextLine) items.push(next);
      lineEnd = next.span.end;
      if (items.length >= MAX_ITEMS) break;
      continue;
    }
    if (items.length > 0 && unbulleted) break;
    unbulleted = false;
    const lineStart = fileText.lastIndexOf('\n', next.span.start - 1) + 1;
    const prefix = fileText.slice(lineStart, next.span.start);
    if (prefix.trim() === '' && items.length > 0) break;
    if (!opensItemAt(fileText, next.span.start)) {
      // A further sentence on an item's line belongs to that item.
      if (items.length > 0) continue;
      break;
    }
    // A paragraph does not introduce a list under a heading of its own ("Awards in 2023"
    // between them): the heading does.
    if (
      items.length === 0 &&
      !colon &&
      /\p{L}/u.test(fileText.slice(all[last]!.span.end, lineStart))
    )
      return [];
    items.push(next);
    if (items.length >= MAX_ITEMS) break;
  }
  // One numbered line after a paragraph with no colon heads the next section, as minutes number
  // their items ("8. Any other business" under the election of officers): a list has two.
  return !colon && items.length < PARAGRAPH_LIST_ITEMS ? [] : items;
}

/** Lines at least that a paragraph without a colon introduces as a list. */
const PARAGRAPH_LIST_ITEMS = 2;

/** An item's label: its bold or colon-ended lead ("**Light**: an 8 kg bag…" → "Light"), else the item. */
export function itemLabel(text: string): string {
  const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)/u.exec(text)?.[1];
  if (bold) return bold.replace(/:$/u, '').trim();
  const colon = text.indexOf(':');
  if (colon > 0 && text.slice(0, colon).trim().split(/\s+/u).length <= LABEL_WORDS)
    return text.slice(0, colon).replace(/[*_]/gu, '').trim();
  return text.trim();
}

/**
 * A why/how draft with each cited sentence that introduces a list by a colon followed by the
 * list's items, in order ("It is being funded by:" — "- £2.1 million from the sale of Mill
 * Lane;", …): the means or reasons it announces are in them.
 */
export function withIntroducedItems(evidence: Evidence, draft: Draft): Draft {
  return withItemsAfter(draft, (sentence) => listAfter(evidence, sentence));
}
