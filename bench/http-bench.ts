/**
 * HTTP under load: the real server on 127.0.0.1, driven by autocannon with
 * a fixed number of `/api/chat` requests at several connection counts.
 * The load generator shares the machine's cores with the server.
 */
import autocannon from 'autocannon';
import { loadPackagedWordVectors } from '../src/embed/word-vectors.js';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import {
  benchIndexDir,
  ensureBenchIndex,
  once,
  prepareCorpus,
  SEEDS_DIR,
} from './bench-workspace.js';
import { round, summarizeLatencies } from './measure.js';
import { markdownTable, type Row } from './report-table.js';
import { chatBody, startServer } from './start-server.js';
import type { SectionResult } from './write-results.js';

export const CONNECTIONS = [1, 10, 50];

export interface HttpBenchOptions {
  /** `seed` for the seed corpus, or synthetic corpus sizes in chunks, each with its request count per row. */
  corpora: { corpus: number | 'seed'; requests: number }[];
}

async function drive(url: string, bodies: string[], connections: number, amount: number) {
  const latencies: number[] = [];
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>(
    (resolve, reject) => ((finish = resolve), (fail = reject)),
  );
  const instance = autocannon(
    {
      url: `${url}/api/chat`,
      connections,
      amount,
      timeout: 30,
      requests: bodies.map((body) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  let lastResponse = started;
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
    lastResponse = performance.now();
  });
  const result = await done;
  // Up to the last response: autocannon stops on a one-second tick, and its `duration` is whole seconds.
  const seconds = (lastResponse - started) / 1000;
  return { result, seconds, latency: summarizeLatencies(latencies) };
}

async function measureCorpus(
  corpus: number | 'seed',
  requests: number,
  bodies: string[],
  loadVectors: () => ReturnType<typeof loadPackagedWordVectors>,
) {
  const seedsDir = corpus === 'seed' ? SEEDS_DIR : (await prepareCorpus(corpus)).dir;
  const indexDir = benchIndexDir(String(corpus));
  await ensureBenchIndex({ seedsDir, indexDir, loadVectors });
  const server = await startServer({ seedsDir, indexDir });
  const rows: Row[] = [];
  try {
    await drive(server.url, bodies, 10, Math.min(200, requests)); // warm-up: JIT, caches
    for (const connections of CONNECTIONS) {
      const rssBefore = await server.rssMiB();
      const { result, seconds, latency } = await drive(server.url, bodies, connections, requests);
      rows.push({
        corpus: String(corpus),
        connections,
        requests: result.requests.total,
        'req/s': Math.round(result.requests.total / seconds),
        'p50 ms': round(latency.p50, 1),
        'p95 ms': round(latency.p95, 1),
        'p99 ms': round(latency.p99, 1),
        errors: result.errors + result.timeouts + result.non2xx,
        'RSS before MiB': Math.round(rssBefore),
        'RSS after MiB': Math.round(await server.rssMiB()),
      });
    }
  } finally {
    await server.stop();
  }
  return rows;
}

/** Load-tests `/api/chat` on each corpus. */
export async function runHttpBench({ corpora }: HttpBenchOptions): Promise<SectionResult> {
  const questions = (await loadEvalSet('eval/sets/seeds/questions.jsonl')).map(
    (evalCase) => evalCase.question,
  );
  const bodies = questions.map(chatBody);
  const loadVectors = once(loadPackagedWordVectors);
  const rows: Row[] = [];
  for (const { corpus, requests } of corpora) {
    process.stderr.write(`http: ${corpus} corpus, ${requests} requests per connection count…\n`);
    rows.push(...(await measureCorpus(corpus, requests, bodies, loadVectors)));
  }
  const markdown = [
    '## HTTP',
    '',
    `\`POST /api/chat\` with the ${questions.length} eval questions in turn (answers and refusals), a fixed number of`,
    'requests per row after a warm-up, autocannon in the bench process and the server (`src/main.ts`, LOG_LEVEL=info)',
    'on 127.0.0.1, sharing the cores. Errors count connection errors, timeouts (30 s) and non-2xx answers.',
    '',
    markdownTable(rows),
  ].join('\n');
  return { section: 'http', data: { rows }, markdown };
}
