/**
 * The Slack state on PostgreSQL, shared by every server on one database:
 * a delivery key is claimed by one atomic upsert on its primary key, so when
 * Slack's event reaches two servers exactly one of them answers it.
 * Threads and answers are rows with a time, expired by the clock like the
 * SQLite store's.
 */
import type { SqlDatabase } from '../../store/postgres/sql-database.js';
import {
  answerRecordSchema,
  DEFAULT_SLACK_STATE_RETENTION,
  type SlackStateRetention,
  type SlackStateStore,
} from './slack-state-store.js';

export interface PostgresSlackStateStoreOptions {
  /** Migrated (0001_shared_state); owned by the caller, not closed here. */
  database: SqlDatabase;
  retention?: SlackStateRetention;
  /** Clock in epoch milliseconds. */
  now?: () => number;
  /** Expired rows are deleted at most this often (by whichever server gets there). */
  pruneEveryMs?: number;
}

/** Creates a {@link SlackStateStore} on tables of a migrated PostgreSQL database. */
export function createPostgresSlackStateStore({
  database,
  retention = DEFAULT_SLACK_STATE_RETENTION,
  now = Date.now,
  pruneEveryMs = 60 * 60 * 1000,
}: PostgresSlackStateStoreOptions): SlackStateStore {
  let lastPrune = 0;
  async function pruneNow(at: number): Promise<void> {
    if (at - lastPrune < pruneEveryMs) return;
    lastPrune = at;
    await database.query('DELETE FROM slack_deliveries WHERE at < $1', [
      at - retention.deliveriesMs,
    ]);
    await database.query('DELETE FROM slack_threads WHERE at < $1', [at - retention.threadsMs]);
    await database.query('DELETE FROM slack_answers WHERE at < $1', [at - retention.answersMs]);
  }

  return {
    async claimDelivery(key) {
      const at = now();
      await pruneNow(at);
      // New key: inserted. Expired key: taken over. Live key: no row comes back.
      const { rowCount } = await database.query(
        `INSERT INTO slack_deliveries (key, at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET at = EXCLUDED.at WHERE slack_deliveries.at < $3
         RETURNING key`,
        [key, at, at - retention.deliveriesMs],
      );
      return rowCount === 1;
    },
    async rememberThread(channel, threadTs) {
      await database.query(
        `INSERT INTO slack_threads (channel, thread_ts, at) VALUES ($1, $2, $3)
         ON CONFLICT (channel, thread_ts) DO UPDATE SET at = EXCLUDED.at`,
        [channel, threadTs, now()],
      );
    },
    async isKnownThread(channel, threadTs) {
      const { rows } = await database.query(
        'SELECT 1 FROM slack_threads WHERE channel = $1 AND thread_ts = $2 AND at >= $3',
        [channel, threadTs, now() - retention.threadsMs],
      );
      return rows.length > 0;
    },
    async saveAnswer(id, record) {
      await database.query(
        `INSERT INTO slack_answers (id, at, record) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at, record = EXCLUDED.record`,
        [id, now(), JSON.stringify(record)],
      );
    },
    async loadAnswer(id) {
      const { rows } = await database.query<{ record: unknown }>(
        'SELECT record FROM slack_answers WHERE id = $1 AND at >= $2',
        [id, now() - retention.answersMs],
      );
      if (rows.length === 0) return undefined;
      const parsed = answerRecordSchema.safeParse(rows[0]?.record);
      return parsed.success ? parsed.data : undefined;
    },
    // The database belongs to the composition root, which closes it once for every store.
    async close() {},
  };
}
