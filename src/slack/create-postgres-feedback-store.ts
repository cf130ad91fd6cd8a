/**
 * 👍/👎 feedback in PostgreSQL, for servers that share one database. One
 * row per person per answer (a unique constraint): a second click replaces
 * the verdict, and a click seen by two servers is one row. Fields are
 * bounded exactly as the JSONL file's lines are.
 */
import type { SqlDatabase } from '../store/postgres/sql-database.js';
import { feedbackRecordSchema, formatFeedbackLine, type FeedbackStore } from './feedback-store.js';

/** Creates a {@link FeedbackStore} on the `feedback` table of a migrated database. */
export function createPostgresFeedbackStore({
  database,
}: {
  database: SqlDatabase;
}): FeedbackStore {
  return {
    async append(record) {
      // The same bounds as a JSONL line: long texts shortened, citations dropped past 16 KB.
      const bounded = feedbackRecordSchema.parse(JSON.parse(formatFeedbackLine(record)));
      const answerKey = bounded.answerId ?? `${bounded.channel ?? ''}:${bounded.messageTs ?? ''}`;
      await database.query(
        `INSERT INTO feedback (answer_key, user_id, at, verdict, channel, message_ts, answer_id,
           question, answer, citations)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (answer_key, user_id) DO UPDATE SET at = EXCLUDED.at,
           verdict = EXCLUDED.verdict, channel = EXCLUDED.channel,
           message_ts = EXCLUDED.message_ts, question = EXCLUDED.question,
           answer = EXCLUDED.answer, citations = EXCLUDED.citations`,
        [
          answerKey,
          bounded.user,
          bounded.at,
          bounded.verdict,
          bounded.channel,
          bounded.messageTs,
          bounded.answerId,
          bounded.question,
          bounded.answer,
          JSON.stringify(bounded.citations),
        ],
      );
    },
  };
}
