/**
 * Versioned SQL migrations (`migrations/NNNN_name.sql`), applied in order in
 * one transaction under an advisory lock, so servers starting together
 * apply each once. A migration already applied is recorded with its
 * checksum and never run again; an edited one, or a database migrated by a
 * newer release, stops the server instead of guessing.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../errors/app-error.js';
import type { SqlClient, SqlDatabase } from './sql-database.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** The advisory lock key every sourced process takes while migrating ("sour"). */
const MIGRATION_LOCK = 1936684402;
/** The oldest pgvector with HNSW over expressions and `vector_cosine_ops` we test against. */
const MIN_PGVECTOR = [0, 7] as const;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Reads `NNNN_name.sql` files in version order. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{4}_[\w-]+\.sql$/u.test(file)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(`${dir}/${file}`, 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/u, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

export interface MigrateOptions {
  database: SqlDatabase;
  migrations?: Migration[];
  /** `apply` (default) runs pending migrations; `check` only fails when some are pending. */
  mode?: 'apply' | 'check';
}

/** Brings the schema up to date; resolves with the names it applied (none when current). */
export async function migrateDatabase({
  database,
  migrations,
  mode = 'apply',
}: MigrateOptions): Promise<string[]> {
  const known = migrations ?? (await loadMigrations());
  return database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const byVersion = new Map(known.map((migration) => [migration.version, migration]));
    for (const row of rows) {
      const migration = byVersion.get(row.version);
      if (!migration)
        throw new AppError(
          'database_invalid',
          `The database has migration ${row.name}, which this release does not know: it was migrated by a newer sourced.`,
        );
      if (migration.checksum !== row.checksum)
        throw new AppError(
          'database_invalid',
          `Migration ${row.name} was changed after it was applied to this database.`,
        );
    }
    const applied = new Set(rows.map((row) => row.version));
    const pending = known.filter((migration) => !applied.has(migration.version));
    if (pending.length > 0 && mode === 'check')
      throw new AppError(
        'database_invalid',
        `The database needs migrations ${pending.map((migration) => migration.name).join(', ')}: run \`npm run db:migrate\` (or set DATABASE_AUTO_MIGRATE=1).`,
      );
    if (pending.some((migration) => /CREATE EXTENSION IF NOT EXISTS vector/u.test(migration.sql)))
      await requirePgvectorAvailable(client);
    for (const migration of pending) {
      await client.query(migration.sql).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new AppError('database_invalid', `Migration ${migration.name} failed: ${reason}`, {
          cause: error,
        });
      });
      await client.query(
        'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)',
        [migration.version, migration.name, migration.checksum],
      );
    }
    await requirePgvectorVersion(client);
    return pending.map((migration) => migration.name);
  });
}

async function requirePgvectorAvailable(client: SqlClient): Promise<void> {
  const { rows } = await client.query(
    "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'",
  );
  if (rows.length === 0)
    throw new AppError(
      'database_invalid',
      'The pgvector extension is not installed on this PostgreSQL server (sourced needs pgvector 0.7 or later: install it, or choose a managed service that offers it).',
    );
}

async function requirePgvectorVersion(client: SqlClient): Promise<void> {
  const { rows } = await client.query<{ extversion: string }>(
    "SELECT extversion FROM pg_extension WHERE extname = 'vector'",
  );
  const version = rows[0]?.extversion;
  if (version === undefined) return;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < MIN_PGVECTOR[0] || (major === MIN_PGVECTOR[0] && minor < MIN_PGVECTOR[1]))
    throw new AppError(
      'database_invalid',
      `pgvector ${version} is too old: sourced needs 0.7 or later (ALTER EXTENSION vector UPDATE).`,
    );
}
