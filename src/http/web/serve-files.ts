/**
 * Serves a fixed list of files from one folder (the page's assets, Swagger
 * UI's bundle). Only listed names are served, so no path from the request
 * ever reaches the filesystem; files are read once and kept in memory.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ServeFilesOptions {
  /** Absolute folder the files live in. */
  directory: string;
  /** File names that may be requested; anything else is a 404. */
  files: readonly string[];
  cacheControl?: string;
  /** Name of the route parameter holding the file name. */
  parameter?: string;
}

/** A handler for a route like `/assets/:file`. */
export function serveFiles({
  directory,
  files,
  cacheControl = 'no-cache',
  parameter = 'file',
}: ServeFilesOptions) {
  const allowed = new Set(files);
  const loaded = new Map<string, Promise<Buffer>>();
  return async function serveFile(c: Context) {
    const name = c.req.param(parameter) ?? '';
    if (!allowed.has(name)) throw new HTTPException(404, { message: `No file "${name}".` });
    let body = loaded.get(name);
    if (!body) {
      body = readFile(join(directory, name));
      loaded.set(name, body);
    }
    const bytes = await body;
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
      'cache-control': cacheControl,
    });
  };
}
