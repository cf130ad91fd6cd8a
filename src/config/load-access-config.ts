/**
 * The access settings of the configuration: API keys (inline or from a
 * file) and the Host allow-list, which defaults to the loopback names when
 * the server listens on loopback only.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../errors/app-error.js';

export type AccessConfig = {
  /** Bearer keys accepted on /api, /v1 and /mcp; empty: no key needed. */
  apiKeys: string[];
  /** Requests per minute per key or client address on those routes; 0: no limit. */
  rateLimitPerMinute: number;
  /** Host names (no port) the server answers to; null: any. */
  allowedHosts: string[] | null;
};

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1', '[::1]'];

const list = (text: string) =>
  text
    .split(/[\s,]+/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** `API_KEYS` (comma-separated) plus the lines of `API_KEYS_FILE` (blank lines and `#` comments skipped). */
export function loadApiKeys(inline: string | undefined, file: string | undefined): string[] {
  const keys = inline === undefined ? [] : list(inline);
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new AppError(
        'config_invalid',
        `Invalid configuration: API_KEYS_FILE cannot be read (got "${file}")`,
        {
          cause: error,
        },
      );
    }
    keys.push(
      ...text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#')),
    );
  }
  const short = keys.find((key) => key.length < 16);
  if (short !== undefined) {
    throw new AppError(
      'config_invalid',
      `Invalid configuration: ${file === undefined ? 'API_KEYS' : 'API_KEYS / API_KEYS_FILE'} keys must have at least 16 characters (one has ${short.length})`,
    );
  }
  return [...new Set(keys)];
}

/** `ALLOWED_HOSTS`, or the loopback names when the server listens on loopback only; null allows any. */
export function allowedHostsFor(host: string, allowed: string | undefined): string[] | null {
  if (allowed !== undefined) {
    const hosts = list(allowed).map((name) => name.toLowerCase());
    return hosts.includes('*') ? null : hosts;
  }
  const loopback = LOOPBACK_HOSTS.includes(host.toLowerCase()) || host.startsWith('127.');
  return loopback ? [...new Set([...LOOPBACK_HOSTS, host.toLowerCase()])] : null;
}
