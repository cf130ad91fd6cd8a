/**
 * FTS5's candidate query on a worker thread with its own read-only connection
 * (WAL lets it read beside the writer): at 100k chunks `bm25()` over the
 * matches of a question's terms is a third of a question's time, and on its
 * own thread the answer engine's thread serves other questions meanwhile. The
 * rows are those the store's own connection would return; the caller checks
 * the generation they were read at.
 */
import { Worker } from 'node:worker_threads';

export interface LexicalSearchRequest {
  id: number;
  sql: string;
  args: unknown[];
}

export type LexicalSearchReply =
  { id: number; generation: number; rows: unknown[] } | { id: number; error: string };

export interface LexicalSearchThread {
  /** The statement's rows, and the store generation they were read at. */
  all<Row>(sql: string, args: unknown[]): Promise<{ generation: number; rows: Row[] }>;
  /** Stops the thread; pending searches are rejected. */
  close(): Promise<void>;
}

/** Starts the thread over the database at `path`. */
export function startLexicalSearchThread({ path }: { path: string }): LexicalSearchThread {
  const worker = new Worker(new URL('./lexical-search-worker.js', import.meta.url), {
    workerData: { path },
  });
  const pending = new Map<
    number,
    {
      resolve: (value: { generation: number; rows: unknown[] }) => void;
      reject: (error: Error) => void;
    }
  >();
  let next = 0;
  let failed: Error | null = null;
  // Held by the event loop only while a search waits for it.
  worker.unref();
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };
  const failAll = (error: Error) => {
    failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (reply: LexicalSearchReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    settle();
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new Error('The lexical search thread stopped.')));
  return {
    all<Row>(sql: string, args: unknown[]) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      worker.ref();
      return new Promise<{ generation: number; rows: Row[] }>((resolve, reject) => {
        pending.set(id, {
          resolve: resolve as (value: { generation: number; rows: unknown[] }) => void,
          reject,
        });
        worker.postMessage({ id, sql, args } satisfies LexicalSearchRequest);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
