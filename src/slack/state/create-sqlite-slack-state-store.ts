/**
 * The embedded Slack state store: one SQLite file (better-sqlite3) under
 * INDEX_DIR or at SLACK_STATE_PATH. Primary keys make a replayed or
 * redelivered key a no-op insert, which is how duplicates are recognised,
 * and they stay recognised after a restart. The only file that imports
 * better-sqlite3.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  answerRecordSchema,
  DEFAULT_SLACK_STATE_RETENTION,
  type SlackStateRetention,
  type SlackStateStore,
} from './slack-state-store.js';

export interface SqliteSlackStateStoreOptions {
  /** The database file; its folder is created. `:memory:` for a throwaway database. */
  path: string;
  retention?: SlackStateRetention;
  /** Clock in epoch milliseconds. */
  now?: () => number;
  /** Expired rows are deleted at most this often. */
  pruneEveryMs?: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS slack_deliveries (key TEXT PRIMARY KEY, at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS slack_threads (key TEXT PRIMARY KEY, at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS slack_answers (
    id TEXT PRIMARY KEY, at INTEGER NOT NULL, record TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS slack_deliveries_at ON slack_deliveries (at);
  CREATE INDEX IF NOT EXISTS slack_threads_at ON slack_threads (at);
  CREATE INDEX IF NOT EXISTS slack_answers_at ON slack_answers (at);
`;

/** Opens (creating if needed) the SQLite {@link SlackStateStore}. */
export function createSqliteSlackStateStore({
  path,
  retention = DEFAULT_SLACK_STATE_RETENTION,
  now = Date.now,
  pruneEveryMs = 60 * 60 * 1000,
}: SqliteSlackStateStoreOptions): SlackStateStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);

  const statements = {
    dropExpiredDelivery: db.prepare('DELETE FROM slack_deliveries WHERE key = ? AND at < ?'),
    insertDelivery: db.prepare('INSERT OR IGNORE INTO slack_deliveries (key, at) VALUES (?, ?)'),
    upsertThread: db.prepare(
      'INSERT INTO slack_threads (key, at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET at = excluded.at',
    ),
    findThread: db.prepare('SELECT 1 FROM slack_threads WHERE key = ? AND at >= ?'),
    upsertAnswer: db.prepare(
      'INSERT INTO slack_answers (id, at, record) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at, record = excluded.record',
    ),
    findAnswer: db.prepare<[string, number], { record: string }>(
      'SELECT record FROM slack_answers WHERE id = ? AND at >= ?',
    ),
    pruneDeliveries: db.prepare('DELETE FROM slack_deliveries WHERE at < ?'),
    pruneThreads: db.prepare('DELETE FROM slack_threads WHERE at < ?'),
    pruneAnswers: db.prepare('DELETE FROM slack_answers WHERE at < ?'),
  };
  const claim = db.transaction((key: string, at: number) => {
    statements.dropExpiredDelivery.run(key, at - retention.deliveriesMs);
    return statements.insertDelivery.run(key, at).changes === 1;
  });

  let lastPrune = 0;
  function pruneNow(at: number): void {
    if (at - lastPrune < pruneEveryMs) return;
    lastPrune = at;
    statements.pruneDeliveries.run(at - retention.deliveriesMs);
    statements.pruneThreads.run(at - retention.threadsMs);
    statements.pruneAnswers.run(at - retention.answersMs);
  }

  return {
    async claimDelivery(key) {
      const at = now();
      pruneNow(at);
      return claim(key, at);
    },
    async rememberThread(channel, threadTs) {
      statements.upsertThread.run(`${channel}:${threadTs}`, now());
    },
    async isKnownThread(channel, threadTs) {
      return (
        statements.findThread.get(`${channel}:${threadTs}`, now() - retention.threadsMs) !==
        undefined
      );
    },
    async saveAnswer(id, record) {
      statements.upsertAnswer.run(id, now(), JSON.stringify(record));
    },
    async loadAnswer(id) {
      const row = statements.findAnswer.get(id, now() - retention.answersMs);
      if (!row) return undefined;
      try {
        const parsed = answerRecordSchema.safeParse(JSON.parse(row.record));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
