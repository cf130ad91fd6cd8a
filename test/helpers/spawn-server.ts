/**
 * A real server process for end-to-end tests: started with `args` (after Node's own path) and
 * `env`, it is ready when its log says where it is answering; `stop` ends it and waits.
 */
import { spawn } from 'node:child_process';

export interface SpawnedServer {
  /** The base URL the server logged ("http://127.0.0.1:43121"). */
  url: string;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Stops the server (SIGTERM) unless it has exited, and waits for it. */
  stop(): Promise<void>;
}

export async function spawnServer(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };
  const url = await new Promise<string>((done, fail) => {
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString();
      const found = /answering on (http:\/\/[\d.]+:\d+)/u.exec(stderr)?.[1];
      if (found) done(found);
    });
    child.once('exit', () => fail(new Error(`the server exited:\n${stderr}`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stderr: () => stderr, stop };
}
