/**
 * `npm run db:migrate`: applies pending PostgreSQL migrations to
 * DATABASE_URL and says which; safe to run again (nothing to do) and from
 * several machines at once (one applies, the others wait and find none).
 */
import { loadConfig } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import { createLogger } from '../log/logger.js';
import {
  createPostgresDatabase,
  describeDatabaseUrl,
} from '../store/postgres/create-postgres-database.js';
import { migrateDatabase } from '../store/postgres/migrate-database.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  if (!config.database)
    throw new AppError(
      'config_invalid',
      'DATABASE_URL is not set: there is no database to migrate.',
    );
  const database = await createPostgresDatabase({ url: config.database.url, poolMax: 1, logger });
  try {
    const applied = await migrateDatabase({ database });
    const where = describeDatabaseUrl(config.database.url);
    process.stdout.write(
      applied.length === 0
        ? `${where} is up to date\n`
        : `${where}: applied ${applied.join(', ')}\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
