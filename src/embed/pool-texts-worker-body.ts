/**
 * The fit's second pooling thread (`pool-texts-thread.ts`): pools its texts
 * from the full vectors' rows in shared memory, writes their sums and raw
 * embeddings into the shared arrays, and answers with their words in the
 * order first met.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { poolTexts } from './pool-texts.js';
import type { PoolTextsWorkerData } from './pool-texts-thread.js';
import { createSharedWordVectors } from './word-vectors.js';

const { words, data, dimension, texts, sums, raw } = workerData as PoolTextsWorkerData;
const source = createSharedWordVectors({ words, data, dimension });
parentPort?.postMessage(poolTexts({ source, texts, sums, raw }));
