/**
 * The fit's pooling (`pool-texts.ts`, ≈ 6 s of one core at 100k chunks, on the
 * build's critical path before any final vector exists) shared with a second
 * thread: this thread pools the first part of the texts while a worker pools
 * the rest from the same full vectors, read in place from shared memory. The
 * sums, the raw embeddings and the words (this part's, then the worker's new
 * ones, each in the order first met) are what one thread pooling every text
 * gives. A failed worker's part is pooled here.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { poolTexts } from './pool-texts.js';
import { sharedRowsOf, type WordVectors } from './word-vectors.js';

/** What the worker is given (`pool-texts-worker-body.ts`). */
export interface PoolTextsWorkerData {
  words: string[];
  data: Float32Array;
  dimension: number;
  texts: string[];
  sums: Float64Array;
  raw: Float64Array;
}

export interface PoolTextsInParallelOptions {
  source: WordVectors;
  texts: string[];
  /** Fewer texts than this are pooled on this thread only (a thread costs ≈ 0.3–0.6 s to start). */
  minThreadTexts?: number;
  /** The share of the texts (the last ones) the worker pools: less than half, as it starts late. */
  threadShare?: number;
  /** Pools `data.texts` on another thread; resolves with their words in the order first met. */
  startThread?: (data: PoolTextsWorkerData) => Promise<string[]>;
}

const EXTENSION = extname(fileURLToPath(import.meta.url));

/** Pools `data.texts` on a worker thread (`pool-texts-worker.js`). */
export function startPoolTextsThread(data: PoolTextsWorkerData): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pool-texts-worker.js', import.meta.url), {
      workerData: {
        ...data,
        // Run from source (tsx, tests), the worker registers tsx to import the TypeScript body.
        typescript: EXTENSION === '.ts',
        body: new URL(`./pool-texts-worker-body${EXTENSION}`, import.meta.url).href,
      },
    });
    worker.once('message', (words: string[]) => {
      resolve(words);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('The pooling thread stopped.')));
  });
}

/** Every text's sum and raw embedding, and the texts' words in the order first met. */
export async function poolTextsInParallel({
  source,
  texts,
  minThreadTexts = 20_000,
  threadShare = 0.45,
  startThread = startPoolTextsThread,
}: PoolTextsInParallelOptions): Promise<{
  words: Set<string>;
  sums: Float64Array;
  raw: Float64Array;
}> {
  const { dimension } = source;
  const rows = texts.length >= minThreadTexts ? sharedRowsOf(source) : undefined;
  const allocate = (length: number) =>
    rows
      ? new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT))
      : new Float64Array(length);
  const sums = allocate(texts.length * dimension);
  const raw = allocate(texts.length * dimension);
  const split = rows ? texts.length - Math.floor(texts.length * threadShare) : texts.length;
  const part = (from: number, to: number) => ({
    texts: texts.slice(from, to),
    sums: sums.subarray(from * dimension, to * dimension),
    raw: raw.subarray(from * dimension, to * dimension),
  });
  const thread =
    rows && split < texts.length
      ? startThread({ ...rows, dimension, ...part(split, texts.length) }).catch(() => null)
      : Promise.resolve(null);
  const words = new Set(poolTexts({ source, ...part(0, split) }));
  const rest = (await thread) ?? poolTexts({ source, ...part(split, texts.length) });
  for (const word of rest) words.add(word);
  return { words, sums, raw };
}
