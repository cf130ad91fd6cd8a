/**
 * `npm run bench:chat-threads -- --seeds <dir> --index <dir> --variant name=<checkout> …
 * [--rounds 2] [--requests 300] [--connections 10]`: `/api/chat` throughput and each server
 * thread's CPU time a request, for one or more checkouts started in turn on the same built
 * index (round by round, so the machine's load falls on each alike). Each server answers 20
 * requests of warm-up, then the seed eval questions at the given connections (autocannon);
 * the threads' CPU (user + system) is read from `/proc/<pid>/task/*` around them, the server's
 * RSS after the warm-up, after the load and at its peak from `/proc/<pid>/status`, and the
 * requests' latency p50 / p95 (autocannon's). On a shared machine the CPU a request moves much
 * less than the requests a second. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import { driveChat } from './chat-load.js';
import { percentile, round } from './measure.js';
import { markdownTable, type Row } from './report-table.js';
import { chatBody, startServer, type RunningServer } from './start-server.js';
import { threadCpu } from './thread-cpu.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    index: { type: 'string' },
    variant: { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '2' },
    requests: { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
  },
});
if (!values.seeds || !values.index || values.variant.length === 0)
  throw new Error(
    '--seeds <dir>, --index <dir> and at least one --variant name=<checkout> are needed',
  );
const variants = values.variant.map((spec) => {
  const [name, folder] = spec.split('=');
  if (!name || !folder) throw new Error(`--variant ${spec}: expected name=<checkout>`);
  return { name, cwd: resolve(folder) };
});
const load = () => loadavg()[0]!.toFixed(2);
/** A process's resident memory now (`VmRSS`) or at its peak (`VmHWM`), in MiB. */
const memoryMiB = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((text) => text.startsWith(`${field}:`));
  return Math.round(Number(line?.match(/\d+/u)?.[0] ?? 0) / 1024);
};
async function drive(server: RunningServer, bodies: string[], amount: number) {
  const { perSecond, errors, latencies } = await driveChat(server.url, bodies, {
    connections: Number(values.connections),
    amount,
  });
  return { perSecond, errors, latencies };
}

async function main() {
  const cases = await loadEvalSet('eval/sets/seeds/questions.jsonl');
  const bodies = cases.map((evalCase) => chatBody(evalCase.question));
  const requests = Number(values.requests);
  const rows: Row[] = [];
  for (let roundIndex = 0; roundIndex < Number(values.rounds); roundIndex++)
    for (const variant of variants) {
      const loadBefore = load();
      const server = await startServer({
        seedsDir: resolve(values.seeds!),
        indexDir: resolve(values.index!),
        cwd: variant.cwd,
        env: { LOG_LEVEL: 'warn' },
      });
      const pid = server.child.pid!;
      await drive(server, bodies, 20);
      const idle = memoryMiB(pid, 'VmRSS');
      const before = threadCpu(pid);
      const chat = await drive(server, bodies, requests);
      const after = threadCpu(pid);
      const loaded = memoryMiB(pid, 'VmRSS');
      const peak = memoryMiB(pid, 'VmHWM');
      const perRequest = [...after]
        .map(([thread, seconds]) => [thread, seconds - (before.get(thread) ?? 0)] as const)
        .filter(([, seconds]) => seconds > 0)
        .sort((a, b) => b[1] - a[1]);
      const total = perRequest.reduce((sum, [, seconds]) => sum + seconds, 0);
      rows.push({
        variant: variant.name,
        round: roundIndex + 1,
        load: `${loadBefore} → ${load()}`,
        'req/s': round(chat.perSecond, 1),
        errors: chat.errors,
        'p50 / p95 ms': `${round(percentile(chat.latencies, 50), 0)} / ${round(percentile(chat.latencies, 95), 0)}`,
        'CPU ms a request': round((total * 1000) / requests, 1),
        'RSS after warm-up / after load / peak MiB': `${idle} / ${loaded} / ${peak}`,
        'by thread (ms a request)': perRequest
          .slice(0, 6)
          .map(([thread, seconds]) => `${thread} ${round((seconds * 1000) / requests, 1)}`)
          .join(', '),
      });
      process.stdout.write(`${JSON.stringify(rows.at(-1))}\n`);
      await server.stop();
    }
  process.stdout.write(`\n${markdownTable(rows)}\n`);
}

await main();
