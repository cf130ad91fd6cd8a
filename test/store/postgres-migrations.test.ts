/**
 * The PostgreSQL migrations on a real server over the wire: they build the
 * schema on an empty database, a second run changes nothing, servers
 * migrating at the same moment apply each migration once, and a database
 * that does not match the release stops the server with one clear line.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrateDatabase } from '../../src/store/postgres/migrate-database.js';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
beforeEach(async () => {
  await postgres.reset();
});
afterAll(async () => {
  await postgres.close();
});

const tables = async (database: Awaited<ReturnType<TestPostgres['connect']>>) =>
  (
    await database.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
  ).rows.map((row) => row.tablename);

describe('the PostgreSQL migrations', () => {
  it('build every table on an empty database, then find nothing to do', async () => {
    const database = await postgres.connect({ migrate: false });
    expect(await tables(database)).toEqual([]);
    const names = (await loadMigrations()).map((migration) => migration.name);
    expect(names.length).toBeGreaterThanOrEqual(2);

    expect(await migrateDatabase({ database })).toEqual(names);
    expect(await tables(database)).toEqual([
      'chunks',
      'corpus_files',
      'corpus_settings',
      'documents',
      'feedback',
      'schema_migrations',
      'slack_answers',
      'slack_deliveries',
      'slack_threads',
    ]);
    const { rows } = await database.query<{ extversion: string }>(
      "SELECT extversion FROM pg_extension WHERE extname = 'vector'",
    );
    expect(rows[0]?.extversion).toMatch(/^0\.[7-9]|^[1-9]/);

    expect(await migrateDatabase({ database })).toEqual([]);
    expect(await migrateDatabase({ database, mode: 'check' })).toEqual([]);
    const applied = await database.query('SELECT version FROM schema_migrations');
    expect(applied.rowCount).toBe(names.length);
  });

  it('apply each migration once when several servers start together', async () => {
    const servers = await Promise.all([1, 2, 3].map(() => postgres.connect({ migrate: false })));
    const results = await Promise.all(servers.map((database) => migrateDatabase({ database })));
    const names = (await loadMigrations()).map((migration) => migration.name);
    expect(results.flat().sort()).toEqual([...names].sort());
  });

  it('refuse to start on pending migrations in check mode, naming the command', async () => {
    const database = await postgres.connect({ migrate: false });
    await expect(migrateDatabase({ database, mode: 'check' })).rejects.toThrow(
      /needs migrations 0001_shared_state.*npm run db:migrate/,
    );
    expect(await tables(database)).toEqual([]);
  });

  it('refuse a database migrated by a newer release or with an edited migration', async () => {
    const database = await postgres.connect();
    const migrations = await loadMigrations();
    await expect(
      migrateDatabase({ database, migrations: migrations.slice(0, 1) }),
    ).rejects.toMatchObject({ code: 'database_invalid', message: /newer sourced/ });
    const edited = migrations.map((migration, index) =>
      index === 0 ? { ...migration, checksum: 'changed' } : migration,
    );
    await expect(migrateDatabase({ database, migrations: edited })).rejects.toThrow(
      /0001_shared_state was changed/,
    );
  });

  it('report a failing migration in one line and leave nothing half applied', async () => {
    const database = await postgres.connect({ migrate: false });
    const [first] = await loadMigrations();
    const broken = { version: 2, name: '0002_broken', sql: 'CREATE TABLE nope (', checksum: 'x' };
    await expect(migrateDatabase({ database, migrations: [first!, broken] })).rejects.toMatchObject(
      { code: 'database_invalid', message: /^Migration 0002_broken failed: / },
    );
    expect(await tables(database)).toEqual([]);
  });
});
