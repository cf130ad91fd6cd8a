/**
 * Feedback from the 👍/👎 buttons, one JSON object a line, appended to a
 * file (FEEDBACK_FILE) that evaluation can read back later. Every line is
 * bounded (MAX_FEEDBACK_LINE_BYTES): long fields are shortened first, then
 * citations dropped if it is still too long.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { citationSchema } from '../answer/chat-types.js';
import { ANSWER_RECORD_LIMITS, limitCitations, limitText } from './limit-answer-record.js';

/** Upper bound on one feedback line, newline included. */
export const MAX_FEEDBACK_LINE_BYTES = 16 * 1024;

export const feedbackRecordSchema = z.object({
  /** ISO time of the click. */
  at: z.string(),
  verdict: z.enum(['up', 'down']),
  /** Slack user id of whoever clicked. */
  user: z.string(),
  channel: z.string().nullable(),
  messageTs: z.string().nullable(),
  answerId: z.string().nullable(),
  question: z.string().nullable(),
  answer: z.string().nullable(),
  citations: z.array(citationSchema),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

export interface FeedbackStore {
  append(record: FeedbackRecord): Promise<void>;
}

/** Creates a JSONL appender; the folder is created on first write, writes never interleave. */
export function createFeedbackStore({ file }: { file: string }): FeedbackStore {
  let queue: Promise<void> = Promise.resolve();
  return {
    append(record) {
      const line = formatFeedbackLine(feedbackRecordSchema.parse(record));
      const write = queue.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, line, 'utf8');
      });
      queue = write.catch(() => undefined);
      return write;
    },
  };
}

/** The JSONL line for `record`, at most {@link MAX_FEEDBACK_LINE_BYTES}. */
export function formatFeedbackLine(record: FeedbackRecord): string {
  const short = (text: string | null, maxChars: number = ANSWER_RECORD_LIMITS.textChars) =>
    text === null ? null : limitText(text, maxChars);
  const limited: FeedbackRecord = {
    at: limitText(record.at, 40),
    verdict: record.verdict,
    user: limitText(record.user, ANSWER_RECORD_LIMITS.textChars),
    channel: short(record.channel),
    messageTs: short(record.messageTs),
    answerId: short(record.answerId),
    question: short(record.question, ANSWER_RECORD_LIMITS.questionChars),
    answer: short(record.answer, ANSWER_RECORD_LIMITS.answerChars),
    citations: limitCitations(record.citations),
  };
  let line = `${JSON.stringify(limited)}\n`;
  while (Buffer.byteLength(line) > MAX_FEEDBACK_LINE_BYTES && limited.citations.length > 0) {
    limited.citations.pop();
    line = `${JSON.stringify(limited)}\n`;
  }
  return line;
}
