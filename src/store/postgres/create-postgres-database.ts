/**
 * Opens a pool of connections to PostgreSQL (DATABASE_URL) with `pg`, the
 * only file that imports it, and checks the database answers before the
 * server goes on. Failures become one-line `AppError`s that name the host,
 * never the password.
 */
import pg from 'pg';
import { AppError } from '../../errors/app-error.js';
import type { Logger } from '../../log/logger.js';
import type { SqlClient, SqlDatabase } from './sql-database.js';

export interface PostgresDatabaseOptions {
  /** `postgres://user:password@host:port/database?sslmode=require` */
  url: string;
  /** Most connections this process opens (DATABASE_POOL_MAX). */
  poolMax?: number;
  /** How long to wait for a connection before failing. */
  connectTimeoutMs?: number;
  logger?: Logger;
  /** Settings of every session, sent when connecting (`{ 'hnsw.ef_search': 200 }`). */
  sessionSettings?: Record<string, number>;
}

/** Connects and checks with `SELECT 1`; throws `database_unavailable` when it cannot. */
export async function createPostgresDatabase({
  url,
  poolMax = 10,
  connectTimeoutMs = 10_000,
  logger,
  sessionSettings = {},
}: PostgresDatabaseOptions): Promise<SqlDatabase> {
  const where = describeDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // Startup options, so no query runs before the caller's on a new connection.
    options: Object.entries(sessionSettings)
      .map(([name, value]) => `-c ${name}=${Math.trunc(value)}`)
      .join(' '),
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) =>
    logger?.warn('a PostgreSQL connection failed', { database: where, error: error.message }),
  );

  const database: SqlDatabase = {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query(text, params as unknown[]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    async withClient(work) {
      const client = await pool.connect();
      try {
        return await work(asSqlClient(client));
      } finally {
        client.release();
      }
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(asSqlClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withSessionLock(key, work) {
      const client = new pg.Client({
        connectionString: url,
        connectionTimeoutMillis: connectTimeoutMs,
      });
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        return await work();
      } finally {
        // Closing the session releases the lock even if the unlock is never read back.
        await client.end().catch(() => undefined);
      }
    },
    async close() {
      await pool.end();
    },
  };

  try {
    await database.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new AppError(
      'database_unavailable',
      `PostgreSQL at ${where} did not answer: ${describeConnectError(error)} (check DATABASE_URL)`,
      { cause: error },
    );
  }
  return database;
}

function asSqlClient(client: pg.PoolClient): SqlClient {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, params as unknown[]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
  };
}

/** `host:port/database` of a connection URL, without user or password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname || '/'}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

function describeConnectError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running there?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  if (code === '28P01' || code === '28000') return 'authentication failed';
  if (code === '3D000') return 'no such database';
  if (/timeout/iu.test(error.message)) return 'timed out';
  return error.message.split('\n')[0] ?? 'unknown error';
}
