/**
 * The body of the lexical search thread (`lexical-search-thread.ts`): a
 * read-only connection to the store's database that runs FTS5's candidate
 * query, so `bm25()` over a large corpus's matches runs beside the answer
 * engine instead of on its thread. Each answer carries the store's generation
 * read in the same transaction, so the caller can tell which state it saw.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { LexicalSearchRequest, LexicalSearchReply } from './lexical-search-thread.js';

const { path } = workerData as { path: string };
const database = new Database(path, { readonly: true, fileMustExist: true });
database.pragma('cache_size = -32000');
const generation = database.prepare<[], number>(
  "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'",
);
generation.pluck();
const statements = new Map<string, Database.Statement<unknown[], unknown>>();
const read = database.transaction((sql: string, args: unknown[]) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = database.prepare(sql)));
  return { generation: generation.get() ?? 0, rows: statement.all(...args) };
});

parentPort!.on('message', ({ id, sql, args }: LexicalSearchRequest) => {
  let reply: LexicalSearchReply;
  try {
    reply = { id, ...read(sql, args) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
