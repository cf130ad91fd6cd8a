/**
 * What a composer writes before citations are numbered: an optional lead
 * (the short answer, a verdict, a count) and the cited sentences.
 */
import type { EvidenceSentence } from '../evidence/evidence-types.js';

export interface DraftPart {
  /** Words of the answer for this part; defaults to the sentence itself. */
  text?: string;
  sentence: EvidenceSentence;
  /** A second sentence the words also come from, cited after the first (an item's description). */
  also?: EvidenceSentence;
}

export interface Draft {
  /** The short answer first ("Ahmad Vahidi", "Yes", "3 groups were named"), citing `leadSentence`. */
  lead?: string;
  leadSentence?: EvidenceSentence;
  /** Items of a list, each cited, shown after the lead. */
  items?: DraftPart[];
  parts: DraftPart[];
  /** Show parts as a bulleted list. */
  bullets?: boolean;
  /** A sentence of our own after the evidence ("The articles do not state it for 2020."). */
  note?: string;
}

/**
 * The draft with each part followed by the sentences `itemsOf` gives for it, in order (an
 * announcement's enumerated items, a lead-in's list): an item the draft cites elsewhere moves
 * under its part, and none is shown twice.
 */
export function withItemsAfter(
  draft: Draft,
  itemsOf: (sentence: EvidenceSentence) => EvidenceSentence[],
): Draft {
  const lists = new Map(draft.parts.map((part) => [part.sentence, itemsOf(part.sentence)]));
  const listed = new Set([...lists.values()].flat());
  if (listed.size === 0) return draft;
  const cited = new Map(draft.parts.map((part) => [part.sentence, part]));
  const placed = new Set<EvidenceSentence>();
  const parts = draft.parts.flatMap((part) => {
    // An item is shown under its part, not where the draft had it.
    if (placed.has(part.sentence)) return [];
    if (listed.has(part.sentence) && !lists.get(part.sentence)?.length) return [];
    placed.add(part.sentence);
    const items = (lists.get(part.sentence) ?? []).filter((item) => !placed.has(item));
    for (const item of items) placed.add(item);
    return [part, ...items.map((sentence) => cited.get(sentence) ?? { sentence })];
  });
  return { ...draft, parts };
}
