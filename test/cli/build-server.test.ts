/**
 * `npm start` compiles `src/` to `dist/` (`scripts/build-server.mjs`) and runs
 * the server with Node alone: every source file has its JavaScript, the other
 * files are copied beside them, an unchanged tree is not compiled again, a
 * change rewrites only what changed, and the compiled server (its index built
 * at first start by the index command in a child process) answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer as build, DIGEST_FILE } from '../../scripts/build-server.mjs';
import { loadStartCommand } from '../../bench/start-command.js';
import { spawnServer } from '../helpers/spawn-server.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-build-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort();
}

describe('building the server', () => {
  it('compiles every source file but tests and declarations, and copies the other files', async () => {
    const outDir = join(work, 'dist');
    await build({ sourceDir: 'src', outDir });
    const sources = await filesUnder('src');
    const built = new Set(await filesUnder(outDir));
    for (const path of sources) {
      if (/\.(test|d)\.tsx?$/u.test(path))
        expect(built.has(path.replace(/\.tsx?$/u, '.js'))).toBe(false);
      else if (/\.tsx?$/u.test(path)) expect(built.has(path.replace(/\.tsx?$/u, '.js'))).toBe(true);
      else expect(await readFile(join(outDir, path))).toEqual(await readFile(join('src', path)));
    }
    expect([...built].filter((path) => /\.tsx?$/u.test(path))).toEqual([]);
    expect(await readFile(join(outDir, 'http/web/layout.js'), 'utf8')).toContain(
      'hono/jsx/jsx-runtime',
    );
  });

  it('compiles nothing when no source changed, and only the changed file otherwise', async () => {
    const sourceDir = join(work, 'source');
    const outDir = join(work, 'out');
    await mkdir(join(sourceDir, 'inner'), { recursive: true });
    await writeFile(join(sourceDir, 'a.ts'), 'export const a: number = 1;\n');
    await writeFile(join(sourceDir, 'inner/b.ts'), "export const b = 'b';\n");
    await writeFile(join(sourceDir, 'inner/notes.txt'), 'kept as it is\n');
    const first = await build({ sourceDir, outDir });
    expect(first.skipped).toBe(false);
    expect(first.written.sort()).toEqual([
      'a.js',
      'a.js.map',
      'inner/b.js',
      'inner/b.js.map',
      'inner/notes.txt',
    ]);
    expect(await build({ sourceDir, outDir })).toMatchObject({ skipped: true, written: [] });

    await writeFile(join(sourceDir, 'a.ts'), 'export const a: number = 2;\n');
    await rm(join(sourceDir, 'inner/b.ts'));
    const second = await build({ sourceDir, outDir });
    expect(second.written.sort()).toEqual(['a.js', 'a.js.map']);
    expect(second.removed.sort()).toEqual(['inner/b.js', 'inner/b.js.map']);
    expect(await filesUnder(outDir)).toEqual([DIGEST_FILE, 'a.js', 'a.js.map', 'inner/notes.txt']);
    expect(await import(join(outDir, 'a.js'))).toMatchObject({ a: 2 });
  });

  it('runs the fit’s pooling thread from the compiled tree, with no TypeScript loader', async () => {
    const outDir = join(work, 'dist');
    await build({ sourceDir: 'src', outDir });
    await symlink(resolve('node_modules'), join(work, 'node_modules'));
    const script = join(work, 'pool.mjs');
    await writeFile(
      script,
      `import { startPoolTextsThread } from './dist/embed/pool-texts-thread.js';
import { createClaims } from './dist/embed/pool-texts.js';
const data = new Float32Array(new SharedArrayBuffer(2 * 3 * 4));
const sums = new Float64Array(new SharedArrayBuffer(2 * 3 * 8));
const raw = new Float64Array(new SharedArrayBuffer(2 * 3 * 8));
const texts = ['border talks', 'talks resume'];
const words = await startPoolTextsThread({ words: ['border', 'talks'], data: data.fill(0.5), dimension: 3, texts, sums, raw, claims: createClaims(2), blockSize: 1 });
process.stdout.write(JSON.stringify({ words, pooled: Array.from(sums).every((value) => value !== 0) }));
`,
    );
    const output = execFileSync(process.execPath, [script], {
      cwd: work,
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({ words: ['border', 'talks', 'resume'], pooled: true });
  });

  it('gives a server that Node alone runs, which has its index built by the index command and answers', async () => {
    // The compiled tree at the depth `dist/` has in the checkout (prompts are found from it).
    const outDir = join(work, 'dist');
    await build({ sourceDir: 'src', outDir });
    await symlink(resolve('node_modules'), join(work, 'node_modules'));
    await symlink(resolve('prompts'), join(work, 'prompts'));
    // No index yet: the server has `npm run index`'s command build it in a child process.
    const indexDir = join(work, 'index');
    // The environment `npm start` gives the server.
    const { env } = await loadStartCommand('.');
    const server = await spawnServer([join(outDir, 'main.js')], {
      ...process.env,
      ...env,
      NODE_OPTIONS: '',
      SEEDS_DIR: 'seeds',
      INDEX_DIR: indexDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    try {
      const { url } = server;
      const response = await fetch(`${url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          messages: [
            {
              role: 'user',
              content:
                'What rank are the liaison officers that Iran and Pakistan agreed to appoint?',
            },
          ],
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { answer: string; refused: boolean };
      expect(body.refused).toBe(false);
      expect(body.answer.toLowerCase()).toContain('colonel');
      expect((await fetch(`${url}/assets/app.css`)).status).toBe(200);
      expect(server.stderr()).toMatch(/indexing 5 documents from seeds into /u);
      expect(server.stderr()).not.toMatch(/building index in /u);
    } finally {
      await server.stop();
    }
  });
});
