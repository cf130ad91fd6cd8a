/**
 * The fit's second pooling thread (`pool-texts-thread.ts`): pools the blocks
 * of its texts it takes from the front, from the full vectors' rows in shared
 * memory, into the shared sums and raw embeddings, and answers with their
 * words in the order first met (its blocks are the first ones, in order).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { claimBlock, createTextPooler } from './pool-texts.js';
import type { PoolTextsWorkerData } from './pool-texts-thread.js';
import { createSharedWordVectors } from './word-vectors.js';

const { words, data, dimension, texts, sums, raw, claims, blockSize } =
  workerData as PoolTextsWorkerData;
const pool = createTextPooler({
  source: createSharedWordVectors({ words, data, dimension }),
  texts,
  sums,
  raw,
});
const found = new Set<string>();
for (let block; (block = claimBlock(claims, 'front')) !== null;)
  pool(block * blockSize, Math.min(texts.length, (block + 1) * blockSize), found);
parentPort?.postMessage([...found]);
