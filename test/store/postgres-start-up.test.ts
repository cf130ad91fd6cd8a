/**
 * Starting against PostgreSQL goes wrong in one line, never a stack: a URL
 * that is not a Postgres URL (its password not echoed), a server that does
 * not answer, a server without pgvector, pending migrations when automatic
 * migration is off. `npm run db:migrate` applies, then has nothing to do.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { startTestPostgres } from '../helpers/test-postgres.js';

/** Runs a TypeScript entry point with `env` until it exits. */
function run(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: {
        ...process.env,
        SEEDS_DIR: 'seeds',
        INDEX_DIR: inject('seedIndexDir'),
        LOG_LEVEL: 'warn',
        PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.once('exit', (code) => resolve({ code, stdout: stdout.trim(), stderr: stderr.trim() }));
  });
}

const startServer = (env: Record<string, string>) => run('src/main.ts', env);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up against PostgreSQL', () => {
  it('a URL that is not a Postgres URL is one line naming DATABASE_URL, without the password', async () => {
    const { code, stderr } = await startServer({
      DATABASE_URL: 'mysql://app:hunter2@db.internal/sourced',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^sourced could not start: .*DATABASE_URL must be a postgres:\/\//);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).not.toContain('hunter2');
  });

  it('a database that does not answer is one line naming host and port', async () => {
    const port = await closedPort();
    const { code, stderr } = await startServer({
      DATABASE_URL: `postgres://app:hunter2@127.0.0.1:${port}/sourced`,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `sourced could not start: PostgreSQL at 127.0.0.1:${port}/sourced did not answer: connection refused (is PostgreSQL running there?) (check DATABASE_URL)`,
    );
  });

  it('a server without pgvector is one line saying so', async () => {
    const postgres = await startTestPostgres({ withPgvector: false });
    try {
      const { code, stderr } = await startServer({ DATABASE_URL: postgres.url });
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^sourced could not start: The pgvector extension is not installed on this PostgreSQL server/,
      );
      expect(stderr.split('\n')).toHaveLength(1);
    } finally {
      await postgres.close();
    }
  });

  it('pending migrations stop the start when DATABASE_AUTO_MIGRATE=0; db:migrate applies them once', async () => {
    const postgres = await startTestPostgres();
    try {
      const refused = await startServer({ DATABASE_URL: postgres.url, DATABASE_AUTO_MIGRATE: '0' });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^sourced could not start: The database needs migrations 0001_shared_state, 0002_corpus, 0003_corpus_files, 0004_lemma_version.*npm run db:migrate/,
      );

      const first = await run('src/cli/db-migrate-command.ts', { DATABASE_URL: postgres.url });
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toMatch(
        /: applied 0001_shared_state, 0002_corpus, 0003_corpus_files, 0004_lemma_version$/,
      );
      const second = await run('src/cli/db-migrate-command.ts', { DATABASE_URL: postgres.url });
      expect(second.stdout).toMatch(/127\.0\.0\.1:\d+\/postgres is up to date$/);
    } finally {
      await postgres.close();
    }
  });
});
