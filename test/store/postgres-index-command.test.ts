/**
 * Two `npm run index` processes at once on one PostgreSQL database, each
 * with its own version of the articles folder: both finish, and the corpus
 * is exactly one of the two folders, every chunk belonging to a document of
 * that folder. (On a real server the second waits on the advisory lock; on
 * one-session PGlite the lock cannot block, and the generation check is what
 * keeps the corpus whole. That check needs a corpus to compare against, so
 * the pair runs on an existing corpus here.)
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';

let postgres: TestPostgres;
const folders: string[] = [];
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres.close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

function runIndex(seedsDir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index-command.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: postgres.url,
        SEEDS_DIR: seedsDir,
        EMBEDDER: 'local',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

async function folderOf(names: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sourced-index-pair-'));
  folders.push(folder);
  for (const name of names) await cp(join('seeds', name), join(folder, name));
  return folder;
}

describe('two npm run index at once on one PostgreSQL database', () => {
  it('leave exactly one of the two folders as the corpus', async () => {
    const names = (await readdir('seeds')).filter((name) => /\.(txt|md)$/u.test(name)).sort();
    const versionA = names.slice(0, 3);
    const versionB = names.slice(2);
    // The corpus exists first: a first-time build takes a lock PGlite cannot make block (one
    // session), so two first-time builds race there; a real server serializes them.
    expect(await runIndex(await folderOf(names.slice(0, 1)))).toMatchObject({ code: 0 });
    const [first, second] = await Promise.all([
      runIndex(await folderOf(versionA)),
      runIndex(await folderOf(versionB)),
    ]);
    expect(first).toMatchObject({ code: 0 });
    expect(second).toMatchObject({ code: 0 });

    const database = await postgres.connect({ migrate: false });
    const { rows } = await database.query<{ doc_id: string }>(
      'SELECT doc_id FROM documents ORDER BY doc_id COLLATE "C"',
    );
    const stored = rows.map((row) => row.doc_id);
    const docIds = (version: string[]) => version.map((name) => name.replace(/\.\w+$/u, ''));
    expect([docIds(versionA), docIds(versionB)]).toContainEqual(stored);
    const counts = await database.query<{ declared: string; present: string }>(
      `SELECT (SELECT sum(chunk_count) FROM documents)::text AS declared,
              (SELECT count(*) FROM chunks)::text AS present`,
    );
    expect(counts.rows[0]?.declared).toBe(counts.rows[0]?.present);
  });
});
