// @ts-check
/**
 * Entry of the fit's second pooling thread (`pool-texts-thread.ts`). The pooling
 * itself is TypeScript (`pool-texts-worker-body.ts`, with the tokenizer and the
 * embedder it shares with the build's thread): compiled in `dist/`, or, run from
 * source, imported through tsx, which a worker must register for itself.
 */
import { workerData } from 'node:worker_threads';

const { typescript, body } = /** @type {{ typescript: boolean, body: string }} */ (workerData);
if (typescript) (await import('tsx/esm/api')).register();
await import(body);
