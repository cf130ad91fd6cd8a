/**
 * `npm run bench:abuse`: the hostile load of issue 12, bounded and on
 * loopback only. Starts the real server (`src/main.ts`, Slack configured so
 * its signature path is exercised) and measures:
 *
 * 1. oversized (600 KB) and `text/plain` `/v1/chat/completions` requests,
 *    each answered with a 4xx, while `/healthz` is polled and RSS sampled;
 * 2. a 256 MB chunked upload to each route, and how far RSS rises meanwhile.
 *
 * Prints the figures against the targets (under 50 ms per
 * rejection, `/healthz` p99 under 50 ms, RSS under 400 MB, under 20 MB
 * growth per upload); it never fails on a figure.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { RESULTS_DIR, SEEDS_DIR, WORK_DIR } from './bench-workspace.js';
import { round, summarizeLatencies } from './measure.js';
import { markdownTable } from './report-table.js';
import { startServer, type RunningServer } from './start-server.js';

const REJECTIONS = 500;
const CONCURRENCY = 4;
const UPLOAD_BYTES = 256 * 1024 * 1024;
const UPLOAD_ROUTES = ['/api/chat', '/v1/chat/completions', '/slack/events', '/api/documents', '/'];

const oversized = JSON.stringify({
  model: 'sourced',
  messages: [{ role: 'user', content: `${'why is the border closed '.repeat(24_000)}?` }],
});
const plain = JSON.stringify({ messages: [{ role: 'user', content: 'Who is the minister?' }] });

async function timedFetch(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** Polls `/healthz` and RSS until `stop` resolves. */
function watch(server: RunningServer, stop: Promise<void>) {
  const health: number[] = [];
  const rss: number[] = [];
  let running = true;
  void stop.then(() => (running = false));
  const polling = (async () => {
    while (running) {
      health.push((await timedFetch(`${server.url}/healthz`)).ms);
      rss.push(await server.rssMiB());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return { health, rss, done: polling };
}

async function rejections(server: RunningServer) {
  const kinds = {
    'oversized 600 KB JSON': { headers: { 'content-type': 'application/json' }, body: oversized },
    'text/plain': { headers: { 'content-type': 'text/plain' }, body: plain },
  };
  let finish = () => {};
  const stop = new Promise<void>((resolve) => (finish = resolve));
  const watcher = watch(server, stop);
  const results: Record<string, { ms: number[]; statuses: Set<number> }> = {};
  for (const [kind, init] of Object.entries(kinds)) {
    const ms: number[] = [];
    const statuses = new Set<number>();
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < REJECTIONS) {
          sent += 1;
          const result = await timedFetch(`${server.url}/v1/chat/completions`, {
            method: 'POST',
            ...init,
          });
          ms.push(result.ms);
          statuses.add(result.status);
        }
      }),
    );
    results[kind] = { ms, statuses };
  }
  finish();
  await watcher.done;
  return { results, health: watcher.health, rss: watcher.rss };
}

/** The server's own milliseconds per `/v1/chat/completions` answer, by status, from its access log. */
async function serverTimes(logPath: string): Promise<Map<number, number[]>> {
  const times = new Map<number, number[]>();
  for (const line of (await readFile(logPath, 'utf8')).split('\n')) {
    const match = /"path":"\/v1\/chat\/completions","status":(\d+),"ms":(\d+)/u.exec(line);
    if (!match) continue;
    const status = Number(match[1]);
    times.set(status, [...(times.get(status) ?? []), Number(match[2])]);
  }
  return times;
}

/** Streams `UPLOAD_BYTES` of chunked body to `path` until the server answers; peak RSS meanwhile. */
async function upload(server: RunningServer, path: string) {
  const before = await server.rssMiB();
  let peak = before;
  const sampler = setInterval(() => {
    void server.rssMiB().then((value) => (peak = Math.max(peak, value)));
  }, 25);
  const piece = Buffer.alloc(64 * 1024, 0x61);
  const { port, hostname } = new URL(server.url);
  const outcome = await new Promise<{ status: number | null; sentMiB: number }>((resolve) => {
    let sent = 0;
    let answered = false;
    const client = request(
      {
        host: hostname,
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      },
      (response) => {
        answered = true;
        response.resume();
        client.destroy();
        resolve({ status: response.statusCode ?? null, sentMiB: sent / 2 ** 20 });
      },
    );
    client.on('error', () => resolve({ status: null, sentMiB: sent / 2 ** 20 }));
    const pump = () => {
      while (!answered && sent < UPLOAD_BYTES) {
        sent += piece.length;
        if (!client.write(piece)) return void client.once('drain', pump);
      }
      if (!answered) client.end();
    };
    pump();
  });
  clearInterval(sampler);
  return { path, ...outcome, rssBefore: before, rssPeak: peak };
}

async function main(): Promise<void> {
  const indexDir = join(WORK_DIR, 'index-abuse');
  await mkdir(WORK_DIR, { recursive: true });
  const server = await startServer({
    seedsDir: SEEDS_DIR,
    indexDir,
    // LOG_LEVEL info: the access log's `ms` is the server's own time for each request.
    env: { SLACK_SIGNING_SECRET: 'bench-signing-secret-0123456789', LOG_LEVEL: 'info' },
  });
  try {
    const { results, health, rss } = await rejections(server);
    const serverMs = await serverTimes(server.logPath);
    const rows = Object.entries(results).map(([kind, { ms, statuses }]) => {
      const summary = summarizeLatencies(ms);
      const status = [...statuses].join(',');
      const inServer = summarizeLatencies(serverMs.get(Number(status)) ?? []);
      return {
        request: kind,
        count: summary.count,
        status,
        'p50 ms': round(summary.p50, 1),
        'p99 ms': round(summary.p99, 1),
        'max ms': round(Math.max(...ms), 1),
        'server p99 ms': round(inServer.p99, 1),
      };
    });
    const healthSummary = summarizeLatencies(health);
    const uploads = [];
    for (const path of UPLOAD_ROUTES) uploads.push(await upload(server, path));
    const markdown = [
      '## Hostile load (issue 12)',
      '',
      `${REJECTIONS} of each rejected /v1 request, ${CONCURRENCY} at a time, on 127.0.0.1 (target: each under 50 ms); ` +
        'times seen by the client, and the p99 of the time the server itself spent (its access log):',
      '',
      markdownTable(rows),
      '',
      `Meanwhile: /healthz p50 ${round(healthSummary.p50, 1)} ms, p99 ${round(healthSummary.p99, 1)} ms ` +
        `over ${health.length} polls (target p99 under 50 ms); server RSS at most ${round(Math.max(...rss), 0)} MiB (target under 400).`,
      '',
      `A ${UPLOAD_BYTES / 2 ** 20} MB chunked upload to each route (target: RSS grows under 20 MB):`,
      '',
      markdownTable(
        uploads.map((result) => ({
          route: result.path,
          // The server may close the socket (after its 413) before the client reads the answer.
          status: result.status === null ? 'closed by the server' : String(result.status),
          'MiB sent before the answer': round(result.sentMiB, 1),
          'RSS before MiB': round(result.rssBefore, 0),
          'RSS peak MiB': round(result.rssPeak, 0),
          'growth MiB': round(result.rssPeak - result.rssBefore, 1),
        })),
      ),
      '',
    ].join('\n');
    process.stdout.write(`${markdown}\n`);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, 'abuse.md'), markdown);
    await writeFile(
      join(RESULTS_DIR, 'abuse.json'),
      JSON.stringify({ rows, health: healthSummary, rssMax: Math.max(...rss), uploads }, null, 2),
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
