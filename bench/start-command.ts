/**
 * The server command of a checkout's `npm start` script, taken apart so a
 * benchmark can run the server itself (and read its process's memory) exactly
 * as `npm start` does: what runs before it (`a && b && server`), the
 * environment assignments in front of it, and Node's arguments.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export interface StartCommand {
  /** Shell commands run first (the build), or none. */
  setup: string[];
  /** `NAME=value` assignments in front of the server's command. */
  env: Record<string, string>;
  /** The server's arguments to Node. */
  args: string[];
}

const packageSchema = z.object({ scripts: z.object({ start: z.string() }) });

/** Parses a start script of the form `[setup && …] [NAME=value …] node <args…>`. */
export function parseStartCommand(script: string): StartCommand {
  const parts = script.split('&&').map((part) => part.trim());
  const words = parts.pop()!.split(/\s+/u);
  const env: Record<string, string> = {};
  while (/^[A-Za-z_][A-Za-z0-9_]*=/u.test(words[0] ?? '')) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  if (words.shift() !== 'node') throw new Error(`not a Node command: ${script}`);
  return { setup: parts, env, args: words };
}

/** The start command of the checkout in `cwd`. */
export async function loadStartCommand(cwd: string): Promise<StartCommand> {
  const manifest = packageSchema.parse(
    JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')),
  );
  return parseStartCommand(manifest.scripts.start);
}
