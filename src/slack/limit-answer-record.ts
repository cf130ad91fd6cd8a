/**
 * Keeps what we store about an answer, and every feedback line, bounded:
 * question, answer and quotes are shortened and at most a few citations
 * kept, so neither a long answer nor a crafted payload can grow the state
 * database or the feedback file by much per click.
 */
import type { Citation } from '../answer/chat-types.js';
import type { AnswerRecord } from './state/slack-state-store.js';

export const ANSWER_RECORD_LIMITS = {
  questionChars: 2000,
  answerChars: 4000,
  citations: 10,
  titleChars: 300,
  quoteChars: 1000,
  /** Any other free text (ids, a message's fallback text). */
  textChars: 200,
} as const;

/** Shortens `text` to `maxChars`, ending with `…` when cut. */
export function limitText(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

export function limitCitations(citations: readonly Citation[]): Citation[] {
  return citations.slice(0, ANSWER_RECORD_LIMITS.citations).map((citation) => ({
    ...citation,
    docId: limitText(citation.docId, ANSWER_RECORD_LIMITS.textChars),
    chunkId: limitText(citation.chunkId, ANSWER_RECORD_LIMITS.textChars),
    title: limitText(citation.title, ANSWER_RECORD_LIMITS.titleChars),
    source: citation.source && limitText(citation.source, ANSWER_RECORD_LIMITS.textChars),
    date: citation.date && limitText(citation.date, ANSWER_RECORD_LIMITS.textChars),
    quote: limitText(citation.quote, ANSWER_RECORD_LIMITS.quoteChars),
  }));
}

/** The record with every field within {@link ANSWER_RECORD_LIMITS}. */
export function limitAnswerRecord(record: AnswerRecord): AnswerRecord {
  return {
    question: limitText(record.question, ANSWER_RECORD_LIMITS.questionChars),
    answer: limitText(record.answer, ANSWER_RECORD_LIMITS.answerChars),
    citations: limitCitations(record.citations),
  };
}
