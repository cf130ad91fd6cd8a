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

export async function openDatabase({
  database,
  logger,
}: {
  database: DatabaseConfig;
  logger: Logger;
}): Promise<SqlDatabase> {
  const opened = await createPostgresDatabase({
    url: database.url,
    poolMax: database.poolMax,
    logger,
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
