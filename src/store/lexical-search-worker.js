// @ts-check
/**
 * The body of the lexical search thread (`lexical-search-thread.ts`): a
 * read-only connection to the store's database that runs FTS5's candidate
 * query, so `bm25()` over a large corpus's matches runs beside the answer
 * engine instead of on its thread. Each answer carries the store's generation
 * read in the same transaction, so the caller can tell which state it saw.
 * Plain JavaScript (type-checked through `// @ts-check`): the thread then needs
 * no TypeScript loader of its own, which would cost it a second isolate.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** @typedef {import('./lexical-search-thread.js').LexicalSearchRequest} LexicalSearchRequest */
/** @typedef {import('./lexical-search-thread.js').LexicalSearchReply} LexicalSearchReply */

const { path } = /** @type {{ path: string }} */ (workerData);
const database = new Database(path, { readonly: true, fileMustExist: true });
database.pragma('cache_size = -8000');
const generation = database
  .prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'")
  .pluck();
/** @type {Map<string, import('better-sqlite3').Statement>} */
const statements = new Map();
const read = database.transaction(
  /** @param {string} sql @param {unknown[]} args */
  (sql, args) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = database.prepare(sql)));
    return { generation: Number(generation.get() ?? 0), rows: statement.all(...args) };
  },
);

/**
 * The memory of the rows' byte arrays (blobs), handed over rather than copied: this thread
 * keeps none of them, and an idle thread would hold its copy until its next collection.
 * @param {unknown[]} rows
 */
function blobsOf(rows) {
  /** @type {Set<ArrayBuffer>} */
  const buffers = new Set();
  for (const row of rows)
    for (const value of Object.values(/** @type {object} */ (row)))
      if (
        value instanceof Uint8Array &&
        value.buffer instanceof ArrayBuffer &&
        value.byteOffset === 0 &&
        value.byteLength === value.buffer.byteLength
      )
        buffers.add(value.buffer);
  return [...buffers];
}

parentPort?.on('message', (/** @type {LexicalSearchRequest} */ { id, sql, args }) => {
  /** @type {LexicalSearchReply} */
  let reply;
  try {
    reply = { id, ...read(sql, args) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'rows' in reply ? blobsOf(reply.rows) : []);
});
