/**
 * A question the article asks itself, as an interviewer or an FAQ does ("**Is the freeze
 * over?**" then "Partly. We lifted it…"): what follows it is its answer, when it follows in
 * the question's paragraph or after a question set apart by emphasis.
 */
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { paragraphOf } from '../evidence/paragraph-of.js';
import { tokenize } from '../../text/tokenize.js';
import { laidOutAsInterview } from '../../text/document-keys.js';
import { endsAsking } from '../../text/ends-asking.js';

/** Words a question the article asks itself has at least, unless emphasised; shorter ones are headings. */
const MIN_QUESTION_WORDS = 8;
/** Sentences after a question the article asks itself that are shown as its answer. */
export const ANSWER_REACH = 2;

/** The sentence is set apart by emphasis ("**Why Lisbon?**"), as an interviewer's question is. */
const emphasised = (text: string) => /^[*_]/u.test(text.trim());

/**
 * A sentence asking a question: it ends with "?" (inside closing quotes or emphasis) and is
 * no short heading ("Hollow Meridian II: September, for real this time?"), unless emphasised
 * as an interviewer's question is.
 */
export function isQuestion(text: string, { short = false }: { short?: boolean } = {}): boolean {
  return (
    endsAsking(text) && (tokenize(text).length >= MIN_QUESTION_WORDS || (short && emphasised(text)))
  );
}

export function sameParagraph(a: EvidenceSentence, b: EvidenceSentence): boolean {
  const paragraph = paragraphOf(a.document, a.span.start);
  return paragraph !== undefined && paragraph.start <= b.span.start && b.span.start < paragraph.end;
}

/** Whether each document is laid out as an interview, read once a document. */
const interviews = new WeakMap<EvidenceSentence['document'], boolean>();

/**
 * The question is a line of its own in an article laid out as an interview ("Will the cap
 * stay?" then "For 2025, yes."): set apart as an emphasised question is.
 */
export function interviewLine(posed: EvidenceSentence): boolean {
  const paragraph = paragraphOf(posed.document, posed.span.start);
  if (
    paragraph === undefined ||
    paragraph.end - paragraph.start > posed.span.end - posed.span.start + 2
  )
    return false;
  let laidOut = interviews.get(posed.document);
  if (laidOut === undefined) {
    laidOut = laidOutAsInterview(posed.document.fileText);
    interviews.set(posed.document, laidOut);
  }
  return laidOut;
}

/**
 * The sentence is a question the article asks itself: one asking at length, or set apart by
 * emphasis or as a line of an interview.
 */
export function asksItself(sentence: EvidenceSentence): boolean {
  return isQuestion(sentence.text, { short: true }) || interviewLine(sentence);
}

/**
 * The sentences answering `posed` (up to ANSWER_REACH after it, and none after the next
 * question): in its paragraph, or in the next one after an emphasised question or an
 * interview's question line; empty when none follows (a question standing alone is a heading).
 */
export function answerAfter(evidence: Evidence, posed: EvidenceSentence): EvidenceSentence[] {
  const reach = evidence.sentencesOf(posed.document.docId, {
    from: posed.position + 1,
    to: posed.position + 1 + ENUMERATION_REACH,
  });
  const first = reach[0];
  if (
    first === undefined ||
    !(sameParagraph(posed, first) || emphasised(posed.text) || interviewLine(posed))
  )
    return [];
  // "There are two reasons.": an answer that announces how many things it gives goes on
  // through its paragraph; so does one set apart in a paragraph of its own under a question
  // line of its own, as an FAQ's or an interview's is ("How do I order a celebration cake?"
  // then the paragraph answering it); any other, ANSWER_REACH sentences.
  const ownParagraph = !sameParagraph(posed, first) && standsAlone(posed);
  const following =
    announcesCount(first) || ownParagraph
      ? reach.filter((sentence) => sameParagraph(first, sentence))
      : reach.slice(0, ANSWER_REACH);
  // The next question asked ends the answer.
  const next = following.findIndex((sentence) => endsAsking(sentence.text));
  return next < 0 ? following : following.slice(0, next);
}

/** True when the sentence is its paragraph whole (a line of its own, markup aside). */
function standsAlone(sentence: EvidenceSentence): boolean {
  const paragraph = paragraphOf(sentence.document, sentence.span.start);
  return (
    paragraph !== undefined &&
    /^[\s\p{P}\p{S}]*$/u.test(
      sentence.document.fileText.slice(paragraph.start, sentence.span.start) +
        sentence.document.fileText.slice(sentence.span.end, paragraph.end),
    )
  );
}

/** Sentences an answer announcing its count of things may run to; set once, not tuned. */
const ENUMERATION_REACH = 8;
/** Words of a sentence that only announces a count ("There are two reasons."), at most. */
const ANNOUNCEMENT_WORDS = 8;

/**
 * A short sentence counting things before giving them: a cardinal number before a plural
 * noun ("There are two reasons.", "Three things changed:").
 */
function announcesCount(sentence: EvidenceSentence): boolean {
  const tokens = sentence.parsed.tokens.filter((token) => token.pos !== 'PUNCT');
  return (
    tokens.length <= ANNOUNCEMENT_WORDS &&
    tokens.some(
      (token, at) =>
        token.pos === 'NUM' &&
        !/^\d{4}$/u.test(token.text) &&
        tokens[at + 1]?.pos === 'NOUN' &&
        /s$/u.test(tokens[at + 1]!.normal),
    )
  );
}
