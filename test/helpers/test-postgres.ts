/**
 * One PostgreSQL (PGlite over the wire, see pglite-server.ts) per test
 * file, with helpers to open connection pools on it as separate servers
 * would, migrated or not, and to empty its tables between tests.
 */
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { createPostgresDatabase } from '../../src/store/postgres/create-postgres-database.js';
import { migrateDatabase } from '../../src/store/postgres/migrate-database.js';
import type { SqlDatabase } from '../../src/store/postgres/sql-database.js';
import { startPgliteServer, type PgliteServer } from './pglite-server.js';

export interface TestPostgres {
  url: string;
  server: PgliteServer;
  /** A new pool on the database, as one more server process would open. */
  connect(options?: { migrate?: boolean; poolMax?: number }): Promise<SqlDatabase>;
  /** Empties every table the migrations made (the schema stays). */
  truncate(): Promise<void>;
  /** Drops everything, pgvector and the migrations' record included: an empty database again. */
  reset(): Promise<void>;
  /** Closes every pool opened here, then the server. */
  close(): Promise<void>;
}

export async function startTestPostgres({
  withPgvector = true,
}: { withPgvector?: boolean } = {}): Promise<TestPostgres> {
  const template = await readFile(inject('pgliteTemplatePath'));
  const server = await startPgliteServer({ loadDataDir: new Blob([template]), withPgvector });
  const pools: SqlDatabase[] = [];
  const connect: TestPostgres['connect'] = async ({ migrate = true, poolMax = 4 } = {}) => {
    const database = await createPostgresDatabase({ url: server.url, poolMax });
    pools.push(database);
    if (migrate) await migrateDatabase({ database });
    return database;
  };
  return {
    url: server.url,
    server,
    connect,
    async truncate() {
      const admin = pools[0] ?? (await connect());
      const { rows } = await admin.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
      );
      if (rows.length > 0)
        await admin.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(', ')} CASCADE`);
    },
    async reset() {
      const admin = pools[0] ?? (await connect({ migrate: false }));
      await admin.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      await admin.query('DROP EXTENSION IF EXISTS vector CASCADE');
    },
    async close() {
      for (const pool of pools.splice(0)) await pool.close().catch(() => undefined);
      await server.close();
    },
  };
}
