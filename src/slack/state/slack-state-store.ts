/**
 * What the Slack door must remember across restarts: deliveries already
 * handled (event ids, slash command and button triggers), threads the bot
 * replied in, and the answers it posted (for the feedback buttons). Behind
 * our own interface so the embedded SQLite file can give way to PostgreSQL.
 */
import { z } from 'zod';
import { citationSchema } from '../../answer/chat-types.js';

export const answerRecordSchema = z.object({
  question: z.string(),
  answer: z.string(),
  citations: z.array(citationSchema),
});
/** An answer we posted, kept so a 👍/👎 click can record it in full. */
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export interface SlackStateStore {
  /**
   * Records a delivery key (`event:Ev1`, `command:<trigger_id>`); resolves
   * true the first time, false for a redelivery or a replay.
   */
  claimDelivery(key: string): Promise<boolean>;
  /** Notes that the bot replied in the thread `threadTs` of `channel`. */
  rememberThread(channel: string, threadTs: string): Promise<void>;
  isKnownThread(channel: string, threadTs: string): Promise<boolean>;
  saveAnswer(id: string, record: AnswerRecord): Promise<void>;
  loadAnswer(id: string): Promise<AnswerRecord | undefined>;
  close(): Promise<void>;
}

const HOUR_MS = 60 * 60 * 1000;

/** How long each kind of entry is kept, in milliseconds. */
export interface SlackStateRetention {
  deliveriesMs: number;
  threadsMs: number;
  answersMs: number;
}

/**
 * Slack retries an event for about an hour and signatures are valid for five
 * minutes, so a day of delivery keys is ample; threads and answers stay for a
 * month of follow-ups and feedback.
 */
export const DEFAULT_SLACK_STATE_RETENTION: SlackStateRetention = {
  deliveriesMs: 24 * HOUR_MS,
  threadsMs: 30 * 24 * HOUR_MS,
  answersMs: 30 * 24 * HOUR_MS,
};
