/**
 * `npm run bench:builds -- --before <checkout> [--corpus 100000] [--builds 3]`:
 * full builds of the synthetic corpus by two checkouts, alternated (before,
 * after), (after, before), …, each `npm run index`'s command (tsx) into an
 * empty index folder under `nice -n 10` and `/usr/bin/time`. Per build: wall
 * clock, the moment the fit ended (`word vectors 1/1`: the first final vector,
 * when HNSW insertion can start), chunks a second, user and system CPU, peak
 * RSS, the load average before and after. Prints a Markdown table; never
 * asserts times. The machine should run one heavy job at a time: this is one.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpus, WORK_DIR } from './bench-workspace.js';
import { round } from './measure.js';
import { markdownTable, type Row } from './report-table.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    corpus: { type: 'string', default: '100000' },
    builds: { type: 'string', default: '3' },
  },
});
const load = () => loadavg()[0]!.toFixed(2);

interface BuildFigures {
  wallS: number;
  fitS: number | null;
  userS: number;
  systemS: number;
  peakKiB: number;
}

/** One build of `seedsDir` by the checkout in `cwd`, into a fresh folder removed afterwards. */
async function build(cwd: string, seedsDir: string): Promise<BuildFigures> {
  const work = await mkdtemp(join(tmpdir(), 'sourced-build-'));
  const timeFile = join(work, 'time.txt');
  const started = performance.now();
  let fitS: number | null = null;
  try {
    const child = spawn(
      'nice',
      [
        '-n',
        '10',
        '/usr/bin/time',
        '-o',
        timeFile,
        '-f',
        '%U %S %M',
        join(cwd, 'node_modules/.bin/tsx'),
        'src/cli/index-command.ts',
      ],
      {
        cwd,
        env: { ...process.env, SEEDS_DIR: seedsDir, INDEX_DIR: join(work, 'index') },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let tail = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      tail = (tail + text).slice(-4000);
      if (fitS === null && tail.includes('word vectors 1/1'))
        fitS = (performance.now() - started) / 1000;
    });
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    if (code !== 0) throw new Error(`the build in ${cwd} failed:\n${tail}`);
    const wallS = (performance.now() - started) / 1000;
    const [userS, systemS, peakKiB] = (await readFile(timeFile, 'utf8')).trim().split(/\s+/u);
    return {
      wallS,
      fitS,
      userS: Number(userS),
      systemS: Number(systemS),
      peakKiB: Number(peakKiB),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main() {
  const variants = [
    ...(values.before ? [{ name: 'before', cwd: resolve(values.before) }] : []),
    { name: 'after', cwd: process.cwd() },
  ];
  const corpus = await prepareCorpus(Number(values.corpus));
  const seedsDir = resolve(corpus.dir);
  const rows: Row[] = [];
  for (let pair = 0; pair < Number(values.builds); pair++) {
    const order = pair % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const loadBefore = load();
      const figures = await build(variant.cwd, seedsDir);
      const row: Row = {
        pair: pair + 1,
        variant: variant.name,
        load: `${loadBefore} → ${load()}`,
        'fit s': figures.fitS === null ? null : round(figures.fitS, 1),
        'wall s': round(figures.wallS, 1),
        'chunks/s': Math.round(corpus.chunks / figures.wallS),
        'user CPU s': round(figures.userS, 1),
        'system CPU s': round(figures.systemS, 1),
        'peak RSS MiB': Math.round(figures.peakKiB / 1024),
      };
      rows.push(row);
      process.stderr.write(`${JSON.stringify(row)}\n`);
    }
  }
  process.stdout.write(
    `# builds of ${corpus.chunks} chunks (${corpus.articles} articles, ${WORK_DIR})\n\n${markdownTable(rows)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
