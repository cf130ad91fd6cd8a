/**
 * A real PostgreSQL (PGlite: PostgreSQL compiled to WASM, with pgvector)
 * served over the Postgres wire protocol on a free loopback port, so tests
 * reach it with `pg` exactly as a production server reaches PostgreSQL.
 *
 * PGlite is one backend, one session. Many client connections are accepted
 * and serialized here:
 * - a connection's messages run as whole batches (up to a Sync or a simple
 *   Query), so one client's Parse/Bind/Execute never interleave with
 *   another's unnamed statement;
 * - while a connection has a transaction open, it holds the database until
 *   COMMIT or ROLLBACK (or until it disconnects, which rolls back): other
 *   connections wait, as they would on a real server's row locks.
 * What a single session cannot give: session-level state (SET, advisory
 * locks) is shared by every connection, so `pg_advisory_lock` never blocks
 * here; transactions are serialized instead, which is a stronger guarantee.
 * `@electric-sql/pglite-socket` interleaves at message level, which is why
 * this server exists. Known PGlite limit: results of several MB in one
 * message can stall the connection, so stores keep messages small.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** Messages after which a client waits for the server: a batch ends there. */
const BATCH_ENDS = new Set(['S', 'Q', 'H']);

export interface PgliteServer {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  db: PGlite;
  close(): Promise<void>;
}

export interface PgliteServerOptions {
  /** A data directory from `dumpDataDir()` to start from (skips initdb, ~4 s). */
  loadDataDir?: Blob;
  /** false: a server without pgvector available, as on a PostgreSQL that lacks it. */
  withPgvector?: boolean;
}

/** Starts a fresh in-memory PGlite (pgvector loaded, not yet created) on a free port. */
export async function startPgliteServer({
  loadDataDir,
  withPgvector = true,
}: PgliteServerOptions = {}): Promise<PgliteServer> {
  const db = await PGlite.create({
    extensions: withPgvector ? { vector } : {},
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const lock = createOwnerLock();
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const connection = { id: Symbol('connection') };
    let buffer = Buffer.alloc(0);
    let started = false;
    let batch: Uint8Array[] = [];
    let chain: Promise<void> = Promise.resolve();

    const run = (messages: Uint8Array[]) => {
      chain = chain.then(async () => {
        await lock.acquire(connection.id);
        try {
          for (const message of messages) {
            await db.execProtocolRawStream(message, {
              onRawData: (data) => {
                if (socket.writable) socket.write(data);
              },
            });
          }
        } finally {
          if (!db.isInTransaction()) lock.release(connection.id);
        }
      });
      chain = chain.catch(() => {
        socket.destroy();
      });
    };

    // Large messages (a 20 MB bytea) arrive in many pieces: they are joined once, when complete.
    let parts: Buffer[] = [];
    let partsLength = 0;
    let needed = 0;
    socket.on('data', (data) => {
      parts.push(data);
      partsLength += data.length;
      if (buffer.length + partsLength < needed) return;
      buffer = Buffer.concat([buffer, ...parts]);
      parts = [];
      partsLength = 0;
      for (;;) {
        if (!started) {
          needed = 8;
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          needed = length;
          if (buffer.length < length) return;
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) socket.write('N');
          else if (code !== CANCEL_REQUEST) {
            started = true;
            run([new Uint8Array(message)]);
          }
          continue;
        }
        needed = 5;
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        needed = length;
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]!);
        const message = new Uint8Array(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        // Terminate ends this connection, not the one shared backend.
        if (type === 'X') {
          socket.end();
          return;
        }
        batch.push(message);
        if (BATCH_ENDS.has(type)) {
          run(batch);
          batch = [];
        }
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      chain = chain.then(async () => {
        if (lock.isHeldBy(connection.id)) {
          if (db.isInTransaction()) await db.exec('ROLLBACK');
          lock.release(connection.id);
        }
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `postgres://postgres@127.0.0.1:${address.port}/postgres`,
    db,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** A lock held by one connection at a time; re-acquiring by the holder is free. */
function createOwnerLock() {
  let holder: symbol | null = null;
  const waiters: (() => void)[] = [];
  return {
    async acquire(owner: symbol): Promise<void> {
      while (holder !== null && holder !== owner) {
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      holder = owner;
    },
    release(owner: symbol): void {
      if (holder !== owner) return;
      holder = null;
      for (const wake of waiters.splice(0)) wake();
    },
    isHeldBy: (owner: symbol) => holder === owner,
  };
}
