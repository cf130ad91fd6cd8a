/**
 * The database a server or a command uses when DATABASE_URL is set:
 * connected, checked, and migrated (or checked for pending migrations when
 * DATABASE_AUTO_MIGRATE=0), so a bad URL, an unreachable server or a
 * missing pgvector stops the start with one line.
 */
import type { DatabaseConfig } from '../../config/load-config.js';
import type { Logger } from '../../log/logger.js';
import { createPostgresDatabase, describeDatabaseUrl } from './create-postgres-database.js';
import { migrateDatabase } from './migrate-database.js';
import type { SqlDatabase } from './sql-database.js';

/** HNSW search breadth when HNSW_EF_SEARCH is unset: recall@10 0.97 at 100k chunks (bench/BASELINE.md). */
export const DEFAULT_PG_EF_SEARCH = 200;

export async function openDatabase({
  database,
  logger,
  efSearch = DEFAULT_PG_EF_SEARCH,
}: {
  database: DatabaseConfig;
  logger: Logger;
  /** pgvector's `hnsw.ef_search` for every connection (its own default, 40, misses too much). */
  efSearch?: number;
}): Promise<SqlDatabase> {
  const opened = await createPostgresDatabase({
    url: database.url,
    poolMax: database.poolMax,
    logger,
    sessionSettings: { 'hnsw.ef_search': efSearch },
  });
  try {
    const applied = await migrateDatabase({
      database: opened,
      mode: database.autoMigrate ? 'apply' : 'check',
    });
    if (applied.length > 0)
      logger.info('database migrated', {
        database: describeDatabaseUrl(database.url),
        applied: applied.join(', '),
      });
    return opened;
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw error;
  }
}
