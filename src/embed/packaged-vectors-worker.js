// @ts-check
/**
 * The body of the thread that reads the packaged word vectors
 * (`loadPackagedWordVectors`): ≈ 300 MB of JSON, 4–5 s of one core, parsed
 * here while the build's own thread reads, cleans and chunks the articles.
 * The floats come back in shared memory (neither moved nor copied). Plain JavaScript
 * (type-checked through `// @ts-check`), like the parser it runs: the thread
 * then needs no TypeScript loader of its own.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parsePackagedWordVectors } from './parse-packaged-word-vectors.js';

/** @typedef {import('./parse-packaged-word-vectors.js').PackagedWordVectors} PackagedWordVectors */
/**
 * What the thread answers: the vectors, or why not (`format`: the file is not the expected
 * JSON; otherwise it could not be read).
 * @typedef {{ vectors: PackagedWordVectors } | { error: string, format: boolean }} PackagedVectorsReply
 */

class FormatError extends Error {}

const { path } = /** @type {{ path: string }} */ (workerData);
/** @type {PackagedVectorsReply} */
let reply;
try {
  reply = {
    vectors: parsePackagedWordVectors(readFileSync(path), (why) => new FormatError(why)),
  };
} catch (error) {
  reply = {
    error: error instanceof Error ? error.message : String(error),
    format: error instanceof FormatError,
  };
}
// The floats are in shared memory (`parsePackagedWordVectors`): posted, not moved nor copied.
parentPort?.postMessage(reply);
