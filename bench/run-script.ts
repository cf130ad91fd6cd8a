/**
 * Runs a TypeScript bench script in a fresh Node process (so its time and
 * peak memory are its own) and reads back the JSON it prints last.
 */
import { spawn } from 'node:child_process';

const RESULT_PREFIX = 'BENCH_RESULT ';

/** Prints `value` where `runScript` will find it. */
export function emitResult(value: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(value)}\n`);
}

/** Runs `node --import tsx <script> ...args`; resolves with what the script emitted. */
export function runScript(
  script: string,
  args: string[],
  { nodeOptions = [] as string[] } = {},
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line)
        return reject(new Error(`${script} ${args.join(' ')} exited with ${code}`));
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)));
    });
  });
}
