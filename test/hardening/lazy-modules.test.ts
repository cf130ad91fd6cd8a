/**
 * Modules a server without the feature never loads (start-up time): the PostgreSQL
 * backend is imported only with DATABASE_URL; the stopword package not at all (its
 * English list is copied in `src/text/english-stopwords.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** URLs of the modules a fresh process loads to import `entry`. */
function modulesLoadedBy(entry: string): string[] {
  folder = mkdtempSync(join(tmpdir(), 'sourced-loads-'));
  const file = join(folder, 'loads.txt');
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/fixtures/modules/record-loads.mjs',
      '--input-type=module',
      '--eval',
      `await import(${JSON.stringify(entry)});`,
    ],
    { env: { ...process.env, RECORD_LOADS_FILE: file }, stdio: 'ignore' },
  );
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('modules loaded at start', () => {
  it('createDeps loads no PostgreSQL module until DATABASE_URL asks for one', () => {
    const loaded = modulesLoadedBy('./src/deps.ts');
    expect(loaded.some((url) => url.endsWith('/src/deps.ts'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/src/store/postgres/'))).toEqual([]);
  });

  it('the tokenizer loads no module of the stopword package (its 62 languages’ lists)', () => {
    const loaded = modulesLoadedBy('./src/text/tokenize.ts');
    expect(loaded.some((url) => url.endsWith('/src/text/tokenize.ts'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/stopword/'))).toEqual([]);
  });
});
