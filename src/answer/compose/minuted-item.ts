/**
 * An item of minutes: the sentences that state a motion and the one that records what became of
 * it. Minutes number their items ("2. Car park extension") and close a motion with its fate
 * ("Carried by 7 votes to 2."), often a line or two after the proposal; an item runs from its
 * number, or from the fate recorded before it, to its own fate. Outside a numbered item the
 * paragraph bounds it, as a news report closes a thought at its paragraph's end.
 */
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { sameParagraph } from './posed-question.js';

/**
 * Sentences an item reaches from the sentence asked about, each way, at most: an item of
 * minutes states its motion in a few sentences (a proposal, its discussion, the decision, the
 * tally). Set once, not tuned.
 */
const ITEM_REACH = 5;

/** A line opening with an item's number: "2. ", "10) ". */
const NUMBERED_LINE = /^\s*\d{1,2}[.)]\s+\S/u;

/** At most the item's number between a line's start and its first sentence. */
const LINE_OPENING = /^\s*(?:\d{1,2}[.)])?\s*$/u;

/** True when the sentence opens a numbered line of its article ("2. Car park extension"). */
function opensNumberedLine(sentence: EvidenceSentence): boolean {
  const text = sentence.document.fileText;
  const lineStart = text.lastIndexOf('\n', sentence.span.start - 1) + 1;
  return (
    LINE_OPENING.test(text.slice(lineStart, sentence.span.start)) &&
    NUMBERED_LINE.test(text.slice(lineStart, sentence.span.end))
  );
}

/** The item holding `sentence`, and the sentence that closes it, when one does. */
export interface MinutedItem {
  /** The item's sentences up to and with the one closing it, in order. */
  sentences: EvidenceSentence[];
  /** The sentence that records the fate (`closes` held for it). */
  closing: EvidenceSentence;
}

/**
 * The item of `sentence` that a sentence for which `closes` holds ends, from `sentence` on
 * (itself included); undefined when none closes it within its item.
 */
export function minutedItem(
  evidence: Evidence,
  sentence: EvidenceSentence,
  closes: (other: EvidenceSentence) => boolean,
): MinutedItem | undefined {
  const around = evidence.sentencesOf(sentence.document.docId, {
    from: Math.max(0, sentence.position - ITEM_REACH),
    to: sentence.position + ITEM_REACH + 1,
  });
  const before = around
    .filter((other) => other.position < sentence.position)
    .sort((a, b) => b.position - a.position);
  // Back to the item's number, or to the fate closing the item before.
  const opening: EvidenceSentence[] = [];
  let numbered = opensNumberedLine(sentence);
  for (const other of numbered ? [] : before) {
    if (closes(other)) break;
    opening.unshift(other);
    if (opensNumberedLine(other)) {
      numbered = true;
      break;
    }
  }
  // Outside a numbered item, the paragraph is the item.
  const inItem = (other: EvidenceSentence) => numbered || sameParagraph(sentence, other);
  const sentences = [...opening.filter(inItem), sentence];
  if (closes(sentence)) return { sentences, closing: sentence };
  const after = around
    .filter((other) => other.position > sentence.position)
    .sort((a, b) => a.position - b.position);
  for (const other of after) {
    if (opensNumberedLine(other) || !inItem(other)) return undefined;
    sentences.push(other);
    if (closes(other)) return { sentences, closing: other };
  }
  return undefined;
}
