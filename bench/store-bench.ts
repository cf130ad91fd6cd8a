/**
 * `npm run bench:store -- [--corpus 100000] [--today <folder>] [--requests 300] [--reuse]`:
 * the issue-13 targets, measured side by side in one run: today's store
 * (a checkout of the code before the SQLite store, e.g. `git archive main`
 * unpacked with this node_modules linked in) and the embedded store. Each
 * builds its own index of the same synthetic corpus; then cold start, idle
 * RSS, /api/chat at 10 connections with RSS sampled under load, one file
 * changed of the corpus (restart to answerable, and live with WATCH_SEEDS=1),
 * and RSS on the seed corpus. With `--reuse`, an index already in a variant's
 * folder (`bench/results/work/store-bench-<variant>-<corpus>`) is used as it is
 * instead of being built (no build figures). Prints a Markdown table; never
 * asserts times.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import { prepareCorpus, WORK_DIR } from './bench-workspace.js';
import { driveChat as loadChat } from './chat-load.js';
import { round, summarizeLatencies } from './measure.js';
import { markdownTable, type Row } from './report-table.js';
import { startServer, type RunningServer } from './start-server.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '100000' },
    today: { type: 'string' },
    requests: { type: 'string', default: '300' },
    /** Use an index already built in the variant's folder instead of building one. */
    reuse: { type: 'boolean', default: false },
  },
});
const corpusSize = Number(values.corpus);
const requests = Number(values.requests);
const variants = [
  ...(values.today ? [{ name: 'today', cwd: resolve(values.today) }] : []),
  { name: 'store', cwd: process.cwd() },
];
const load = () => loadavg()[0]!.toFixed(1);

/** Runs `npm run index` in `cwd` under /usr/bin/time: wall seconds and peak RSS. */
function timedBuild(cwd: string, seedsDir: string, indexDir: string) {
  return new Promise<{ seconds: number; peakMiB: number; log: string }>((done, fail) => {
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'TIME %e %M', process.execPath, '--import', 'tsx', 'src/cli/index-command.ts'],
      { cwd, env: { ...process.env, SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, LOG_LEVEL: 'info' } },
    );
    let log = '';
    child.stderr.on('data', (data: Buffer) => (log += data.toString()));
    child.once('exit', (code) => {
      const match = /TIME ([\d.]+) (\d+)/u.exec(log);
      if (code !== 0 || !match)
        return fail(new Error(`build failed in ${cwd}:\n${log.slice(-2000)}`));
      done({ seconds: Number(match[1]), peakMiB: Number(match[2]) / 1024, log });
    });
  });
}

async function driveChat(server: RunningServer, bodies: string[], connections: number) {
  let peak = await server.rssMiB();
  const sampler = setInterval(() => {
    void server.rssMiB().then(
      (rss) => (peak = Math.max(peak, rss)),
      () => undefined,
    );
  }, 200);
  const load = await loadChat(server.url, bodies, { connections, amount: requests });
  clearInterval(sampler);
  const latency = summarizeLatencies(load.latencies);
  return {
    perSecond: load.perSecond,
    p50: latency.p50,
    p95: latency.p95,
    errors: load.errors,
    peakMiB: peak,
  };
}

/** Polls until a question about `word` is answered from `docId`; milliseconds. */
async function untilAnswerable(url: string, word: string, docId: string, timeoutMs = 600_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const response = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: `What about the ${word}?` }] }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as {
      citations?: { docId: string }[];
    } | null;
    if (body?.citations?.some((citation) => citation.docId === docId))
      return performance.now() - started;
    await new Promise((done) => setTimeout(done, 20));
  }
  return Number.NaN;
}

async function main() {
  const corpus = await prepareCorpus(corpusSize);
  const seedsDir = resolve(corpus.dir);
  const cases = await loadEvalSet('eval/sets/seeds/questions.jsonl');
  const bodies = cases.map((evalCase) =>
    JSON.stringify({ messages: [{ role: 'user', content: evalCase.question }] }),
  );
  const edited = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort()[0]!;
  const editedPath = join(seedsDir, edited);
  const original = await readFile(editedPath, 'utf8');
  const docId = edited.replace(/\.txt$/u, '');
  process.stdout.write(
    `# store side-by-side: ${corpus.chunks} chunks, ${corpus.articles} articles; load average ${load()} at start\n\n`,
  );
  const rows: Row[] = [];
  for (const variant of variants) {
    const indexDir = resolve(WORK_DIR, `store-bench-${variant.name}-${corpusSize}`);
    const row: Row = { variant: variant.name, 'load at start': load() };
    const built = values.reuse && (await stat(join(indexDir, 'data')).catch(() => null));
    if (!built) {
      await rm(indexDir, { recursive: true, force: true });
      const build = await timedBuild(variant.cwd, seedsDir, indexDir);
      row['build s'] = round(build.seconds, 1);
      row['build chunks/s'] = Math.round(corpus.chunks / build.seconds);
      row['build peak MiB'] = Math.round(build.peakMiB);
    }
    process.stdout.write(`${JSON.stringify(row)}\n`);
    const cold = await startServer({
      seedsDir,
      indexDir,
      cwd: variant.cwd,
      logDir: resolve(WORK_DIR),
    });
    row['cold start s'] = round(cold.readyMs / 1000, 2);
    await new Promise((done) => setTimeout(done, 2000));
    row['RSS idle MiB'] = Math.round(await cold.rssMiB());
    await driveChat(cold, bodies.slice(0, 20), 10); // warm-up
    const chat = await driveChat(cold, bodies, 10);
    row['chat req/s (10 conn)'] = round(chat.perSecond, 1);
    row['chat p50 / p95 ms'] = `${Math.round(chat.p50)} / ${Math.round(chat.p95)}`;
    row['chat errors'] = chat.errors;
    row['RSS under load MiB'] = Math.round(chat.peakMiB);
    process.stdout.write(`${JSON.stringify(row)}\n`);
    await cold.stop();
    // One file of the corpus changed, then a restart: answerable when the new word is found.
    const word = `zephyrine${variant.name}`;
    await writeFile(editedPath, `${original}\n\nThe ${word} was unveiled at the border post.\n`);
    const restart = await startServer({
      seedsDir,
      indexDir,
      cwd: variant.cwd,
      logDir: resolve(WORK_DIR),
      timeoutMs: 1_200_000,
    });
    const found = await untilAnswerable(restart.url, word, docId);
    row['one file changed: restart to answerable s'] = round((restart.readyMs + found) / 1000, 2);
    await restart.stop();
    // Live: WATCH_SEEDS=1 applies the edit to the running server.
    const watching = await startServer({
      seedsDir,
      indexDir,
      cwd: variant.cwd,
      logDir: resolve(WORK_DIR),
      env: { WATCH_SEEDS: '1' },
    });
    const liveWord = `quillonite${variant.name}`;
    const editedAt = performance.now();
    await writeFile(
      editedPath,
      `${original}\n\nThe ${liveWord} was unveiled at the border post.\n`,
    );
    const live = await untilAnswerable(watching.url, liveWord, docId, 120_000);
    row['one file changed: live (watch) s'] = round(
      (performance.now() - editedAt - 0 * live) / 1000,
      2,
    );
    await watching.stop();
    await writeFile(editedPath, original);
    // The seed corpus: five articles.
    const seedIndex = resolve(WORK_DIR, `store-bench-${variant.name}-seed`);
    await rm(seedIndex, { recursive: true, force: true });
    const seed = await startServer({
      seedsDir: resolve('seeds'),
      indexDir: seedIndex,
      cwd: variant.cwd,
      logDir: resolve(WORK_DIR),
    });
    await new Promise((done) => setTimeout(done, 2000));
    row['seed RSS MiB'] = Math.round(await seed.rssMiB());
    await seed.stop();
    row['load at end'] = load();
    rows.push(row);
    process.stdout.write(`${markdownTable([row])}\n`);
  }
  process.stdout.write(`\n${markdownTable(rows)}\nload average at end ${load()}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
