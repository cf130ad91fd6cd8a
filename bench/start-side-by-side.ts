/**
 * `npm run bench:starts -- --before <checkout> [--corpus seed|100000] [--index <dir>] [--starts 4]
 * [--question <text>] [--seeds <folder>]`:
 * cold start and resident memory of two checkouts started alternately on the
 * same corpus, as `npm start` runs each (its build step included). With
 * `--corpus seed` each start begins with an empty index folder (the index is
 * built at start, as `bench:store`'s seed column measures); otherwise each
 * variant starts on its own copy of the built index `--index` (`--seeds`: another
 * folder of the same articles, e.g. a copy with other times). Per start:
 * spawn to first answer, the server's CPU seconds by then (main thread, all
 * threads), RSS 2 s after it, the load average. The question is one the
 * 100k corpus answers (the start-up helper's own is refused there, a shorter
 * path), so the first answer includes reading evidence. The order
 * alternates (before, after), (after, before), … Prints a Markdown table;
 * never asserts times. With a built index, says first how many of the
 * corpus's files its stamps do not vouch for (each start reads those again).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpus, SEEDS_DIR, WORK_DIR } from './bench-workspace.js';
import { round } from './measure.js';
import { markdownTable, type Row } from './report-table.js';
import { startServer } from './start-server.js';
import { checkFileStamps } from './stale-file-stamps.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    corpus: { type: 'string', default: 'seed' },
    index: { type: 'string' },
    seeds: { type: 'string' },
    starts: { type: 'string', default: '4' },
    question: {
      type: 'string',
      default:
        'In which region should Iran and Pakistan regularly share intelligence and run joint operations?',
    },
  },
});
const load = () => loadavg()[0]!.toFixed(2);
const variants = [
  ...(values.before ? [{ name: 'before', cwd: resolve(values.before) }] : []),
  { name: 'after', cwd: process.cwd() },
];

async function main() {
  const seed = values.corpus === 'seed';
  const seedsDir = resolve(
    values.seeds ?? (seed ? SEEDS_DIR : (await prepareCorpus(Number(values.corpus))).dir),
  );
  if (!seed && !values.index) throw new Error('--index <built index folder> is needed');
  if (!seed) {
    const check = checkFileStamps({ indexDir: resolve(values.index!), seedsDir });
    process.stderr.write(
      `file stamps: ${check.unvouched} of ${check.files} files not vouched for by the index's stamps (ingest version ${check.ingestVersion ?? 'none'})\n`,
    );
    if (check.unvouched > 0)
      process.stderr.write(
        'warning: every start reads and checks those files again, which is not a restart on an unchanged folder\n',
      );
  }
  const rows: Row[] = [];
  for (let start = 0; start < Number(values.starts); start++) {
    const order = start % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const indexDir = resolve(WORK_DIR, `starts-${variant.name}-${values.corpus}`);
      await rm(indexDir, { recursive: true, force: true });
      // A fresh checkout has no work folder yet: `cp` needs the parent.
      await mkdir(resolve(WORK_DIR), { recursive: true });
      // As built: the graph keeps the modification time its stamp records (a restart's case);
      // `cp -a` keeps it to the nanosecond, Node's `cp` only to the millisecond.
      if (!seed) execFileSync('cp', ['-a', resolve(values.index!), indexDir]);
      const loadBefore = load();
      const server = await startServer({
        seedsDir,
        indexDir,
        cwd: variant.cwd,
        question: values.question,
        logDir: resolve(WORK_DIR),
        env: { LOG_LEVEL: 'warn' },
      });
      await new Promise((done) => setTimeout(done, 2000));
      const rss = await server.rssMiB();
      await server.stop();
      const row: Row = {
        start: start + 1,
        variant: variant.name,
        load: `${loadBefore} → ${load()}`,
        'spawn to first answer s': round(server.readyMs / 1000, 2),
        'main thread CPU s': round(server.readyCpu.main, 2),
        'all threads CPU s': round(server.readyCpu.all, 2),
        'RSS 2 s after MiB': round(rss, 1),
      };
      rows.push(row);
      process.stderr.write(`${JSON.stringify(row)}\n`);
    }
  }
  process.stdout.write(
    `# starts on ${values.corpus}\n\nquestion: ${values.question}\n\n${markdownTable(rows)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
