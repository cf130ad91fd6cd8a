/**
 * Starts the real server in a child process on loopback, as the checkout's
 * `npm start` does (its setup first, e.g. compiling to `dist/`, then the
 * server's Node command with the environment the script sets), waits until it
 * answers a question, and reads its resident memory.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, readFile } from 'node:fs/promises';
import { loadStartCommand } from './start-command.js';
import { threadCpu } from './thread-cpu.js';
import { join } from 'node:path';
import { createServer } from 'node:net';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Milliseconds from the start (the build included, as in `npm start`) to the first answered question. */
  readyMs: number;
  /** CPU seconds the server had used when it first answered: its main thread, and all threads. */
  readyCpu: { main: number; all: number };
  /** Resident memory of the server process now, in MiB (Linux /proc). */
  rssMiB(): Promise<number>;
  /** The file the server's stderr (its log) goes to. */
  logPath: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Request body of a one-question chat. */
export function chatBody(question: string): string {
  return JSON.stringify({ messages: [{ role: 'user', content: question }] });
}

async function answers(url: string, question: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody(question),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Spawns the server with `env` and resolves once `/api/chat` answers `question`. */
export async function startServer({
  seedsDir,
  indexDir,
  question = 'What rank are the liaison officers that Iran and Pakistan agreed to appoint?',
  timeoutMs = 300_000,
  nodeOptions = [],
  logDir = 'bench/results/work',
  env = {},
  cwd = process.cwd(),
}: {
  seedsDir: string;
  indexDir: string;
  question?: string;
  timeoutMs?: number;
  nodeOptions?: string[];
  logDir?: string;
  /** Extra environment for the server (overrides the defaults above). */
  env?: Record<string, string>;
  /** Folder of the sourced checkout to run (another version, for a side-by-side). */
  cwd?: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The server's log goes to a file: reading it here would steal CPU from the measurement.
  await mkdir(logDir, { recursive: true });
  const logPath = join(logDir, `server-${port}.log`);
  const log = await open(logPath, 'w');
  const started = performance.now();
  const start = await loadStartCommand(cwd);
  for (const command of start.setup) execSync(command, { cwd, stdio: 'ignore' });
  const child = spawn(process.execPath, [...nodeOptions, ...start.args], {
    cwd,
    env: {
      ...process.env,
      ...start.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEEDS_DIR: seedsDir,
      INDEX_DIR: indexDir,
      LOG_LEVEL: 'info',
      // Load generators are one client sending thousands of requests: not what the limit is for.
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', log.fd],
  });
  await log.close();
  const stderr = async () => (await readFile(logPath, 'utf8')).slice(-4000);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  while (!(await answers(url, question))) {
    if (!alive) throw new Error(`the server exited before answering:\n${await stderr()}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = performance.now() - started;
  const cpu = threadCpu(child.pid!);
  const readyCpu = {
    main: cpu.get('main') ?? 0,
    all: [...cpu.values()].reduce((a, b) => a + b, 0),
  };
  return {
    url,
    child,
    readyMs,
    readyCpu,
    logPath,
    rssMiB: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    stop: async () => {
      if (alive) child.kill('SIGTERM');
      await exited;
    },
  };
}
