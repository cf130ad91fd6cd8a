// @ts-check
/**
 * The body of the thread that reads the packaged word vectors
 * (`loadPackagedWordVectors`): ≈ 300 MB of JSON, 4–5 s of one core, parsed
 * here while the build's own thread reads, cleans and chunks the articles;
 * with `cachePath`, read from the binary copy a previous parse wrote there
 * (`packaged-vectors-cache.js`) when it was made from the same file, and
 * written there after a parse. The floats come back in shared memory (neither
 * moved nor copied). Plain JavaScript (type-checked through `// @ts-check`),
 * like the parser it runs: the thread then needs no TypeScript loader of its own.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import {
  packagedVectorsCacheKey,
  readPackagedVectorsCache,
  writePackagedVectorsCache,
} from './packaged-vectors-cache.js';
import { parsePackagedWordVectors } from './parse-packaged-word-vectors.js';

/** @typedef {import('./parse-packaged-word-vectors.js').PackagedWordVectors} PackagedWordVectors */
/**
 * What the thread answers: the vectors and where they came from (`cache`: the binary copy
 * was read; `written`: parsed, and the copy written; `parsed`: parsed, no copy), or why not
 * (`format`: the file is not the expected JSON; otherwise it could not be read).
 * @typedef {{ vectors: PackagedWordVectors, from: 'cache' | 'written' | 'parsed' }
 *   | { error: string, format: boolean }} PackagedVectorsReply
 */

class FormatError extends Error {}

const { path, cachePath, packageVersion } =
  /** @type {{ path: string, cachePath?: string, packageVersion: string }} */ (workerData);
/** @type {PackagedVectorsReply} */
let reply;
try {
  const key = cachePath ? packagedVectorsCacheKey({ sourcePath: path, packageVersion }) : undefined;
  const cached = cachePath && key ? readPackagedVectorsCache(cachePath, key) : null;
  if (cached) reply = { vectors: cached, from: 'cache' };
  else {
    const vectors = parsePackagedWordVectors(readFileSync(path), (why) => new FormatError(why));
    const written = cachePath && key ? writePackagedVectorsCache(cachePath, key, vectors) : false;
    reply = { vectors, from: written ? 'written' : 'parsed' };
  }
} catch (error) {
  reply = {
    error: error instanceof Error ? error.message : String(error),
    format: error instanceof FormatError,
  };
}
// The floats are in shared memory (`parsePackagedWordVectors`): posted, not moved nor copied.
parentPort?.postMessage(reply);
