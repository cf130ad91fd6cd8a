/**
 * Our own small interface over a PostgreSQL connection pool, so that only
 * `create-postgres-database.ts` imports `pg` and every store (corpus, Slack
 * state, feedback, migrations) is written against this.
 */

/** One result: the rows, typed by the caller and validated where they matter. */
export interface SqlResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Something that runs parameterized SQL: the pool, or one client inside a transaction. */
export interface SqlClient {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<SqlResult<Row>>;
}

export interface SqlDatabase extends SqlClient {
  /**
   * Runs `work` in one transaction on one connection: COMMIT when it
   * resolves, ROLLBACK when it throws (the error is rethrown).
   */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection held for its whole duration (session
   * advisory locks live on a connection).
   */
  withClient<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Runs `work` while holding the session advisory lock `key` on a
   * connection of its own (outside the pool, so `work` keeps every pooled
   * connection): another process asking for the same key waits.
   */
  withSessionLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  /** Closes every connection. */
  close(): Promise<void>;
}
