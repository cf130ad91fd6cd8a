/**
 * The fit's pooling (`pool-texts.ts`, ≈ 6 s of one core at 100k chunks, on the
 * build's critical path before any final vector exists) shared with a second
 * thread: this thread pools the first part of the texts while a worker pools
 * the rest from the same full vectors, read in place from shared memory, block
 * by block from the front; once its own part is done this thread takes the
 * worker's blocks from the back, so a worker slow to start or short of a core
 * holds nothing up. The sums, the raw embeddings and the words (each part's in
 * the order first met, the parts in text order) are what one thread pooling
 * every text gives. A failed worker's blocks are pooled here.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { tokenize } from '../text/tokenize.js';
import { claimBlock, createClaims, createTextPooler } from './pool-texts.js';
import { sharedRowsOf, type WordVectors } from './word-vectors.js';

/** What the worker is given (`pool-texts-worker-body.ts`). */
export interface PoolTextsWorkerData {
  words: string[];
  data: Float32Array;
  dimension: number;
  texts: string[];
  sums: Float64Array;
  raw: Float64Array;
  /** Which of the `blockSize` blocks of `texts` are taken (`claimBlock`). */
  claims: Int32Array;
  blockSize: number;
}

export interface PoolTextsInParallelOptions {
  source: WordVectors;
  texts: string[];
  /** Fewer texts than this are pooled on this thread only (a thread costs ≈ 0.3–0.6 s to start). */
  minThreadTexts?: number;
  /** The share of the texts (the last ones) the worker is given: less than half, as it starts late. */
  threadShare?: number;
  /** Texts in a block of the worker's part (at least; fewer than 65,536 blocks). */
  blockSize?: number;
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
  blockSize: smallestBlock = 256,
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
  const pool = createTextPooler({ source, texts, sums, raw });
  const split = rows ? texts.length - Math.floor(texts.length * threadShare) : texts.length;
  const words = new Set<string>();
  if (!rows || split === texts.length) {
    pool(0, texts.length, words);
    return { words, sums, raw };
  }
  const rest = texts.length - split;
  const blockSize = Math.max(smallestBlock, Math.ceil(rest / 0xffff));
  const blocks = Math.ceil(rest / blockSize);
  const claims = createClaims(blocks);
  const thread = startThread({
    ...rows,
    dimension,
    texts: texts.slice(split),
    sums: sums.subarray(split * dimension),
    raw: raw.subarray(split * dimension),
    claims,
    blockSize,
  }).catch(() => null);
  pool(0, split, words);
  // The worker's blocks not taken yet, from the back: a contiguous end of its part.
  let taken = blocks;
  for (let block; (block = claimBlock(claims, 'back')) !== null; taken = block)
    pool(split + block * blockSize, Math.min(texts.length, split + (block + 1) * blockSize));
  const start = (block: number) => Math.min(texts.length, split + block * blockSize);
  const threadWords = await thread;
  // A failed worker's blocks (the front ones it took) are pooled again here.
  if (threadWords === null) pool(split, start(taken));
  else for (const word of threadWords) words.add(word);
  // The words of the blocks pooled here out of order, read again in order.
  const ordered = threadWords === null ? split : start(taken);
  for (let index = ordered; index < texts.length; index += 1)
    for (const word of tokenize(texts[index]!)) words.add(word);
  return { words, sums, raw };
}
