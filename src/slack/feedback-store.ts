/**
 * Feedback from the 👍/👎 buttons, one JSON object a line, appended to a
 * file (FEEDBACK_FILE) that evaluation can read back later.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { citationSchema } from '../answer/chat-types.js';

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
      const line = `${JSON.stringify(feedbackRecordSchema.parse(record))}\n`;
      const write = queue.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, line, 'utf8');
      });
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
