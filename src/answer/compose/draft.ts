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
