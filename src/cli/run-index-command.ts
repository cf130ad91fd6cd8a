/**
 * Runs `npm run index`'s command (`index-command`) in a child process: the
 * same Node, with the same flags (tsx's loader when the parent runs through
 * it) and the same environment, so it reads the configuration the server
 * read. The server starts it when its index must be built: a build parses
 * ≈ 300 MB of word vectors, and the process that did so keeps ≈ 40 MiB more
 * resident for the rest of its life.
 */
import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The command beside this module, compiled (`dist/`) or not, as this module is. */
const INDEX_COMMAND = fileURLToPath(
  new URL(`./index-command${extname(fileURLToPath(import.meta.url))}`, import.meta.url),
);

/**
 * Resolves true when the command exited successfully, false otherwise (it could not start,
 * or failed: its own message is on stderr). `entry` replaces the command (tests).
 */
export function runIndexCommand({
  entry = INDEX_COMMAND,
}: { entry?: string } = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, entry], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}
