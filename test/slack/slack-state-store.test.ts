/**
 * The Slack state stores: a delivery key is new once, threads and answers
 * are remembered until they expire, and the SQLite store keeps all of it
 * across a close and reopen (a restart). The PostgreSQL store runs the same
 * cases on a real server over the wire, and two servers on one database
 * claim a delivery once between them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemorySlackStateStore } from '../../src/slack/state/create-memory-slack-state-store.js';
import { createPostgresSlackStateStore } from '../../src/slack/state/create-postgres-slack-state-store.js';
import { createSqliteSlackStateStore } from '../../src/slack/state/create-sqlite-slack-state-store.js';
import type {
  SlackStateRetention,
  SlackStateStore,
} from '../../src/slack/state/slack-state-store.js';
import type { SqlDatabase } from '../../src/store/postgres/sql-database.js';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';
import { CITED_RESPONSE } from './slack-test-kit.js';

let folder: string;
let postgres: TestPostgres;
let database: SqlDatabase;
beforeAll(async () => {
  postgres = await startTestPostgres();
  database = await postgres.connect();
});
afterAll(async () => {
  await postgres.close();
});
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'slack-state-'));
  await postgres.truncate();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const retention: SlackStateRetention = { deliveriesMs: 1000, threadsMs: 2000, answersMs: 3000 };
const record = {
  question: 'rates?',
  answer: CITED_RESPONSE.answer,
  citations: CITED_RESPONSE.citations,
};

type StoreFactory = (clock: { now: number }) => SlackStateStore;
const factories: [string, StoreFactory][] = [
  ['in memory', (clock) => createMemorySlackStateStore({ retention, now: () => clock.now })],
  [
    'in SQLite',
    (clock) =>
      createSqliteSlackStateStore({
        path: join(folder, 'state', 'slack.db'),
        retention,
        now: () => clock.now,
        pruneEveryMs: 0,
      }),
  ],
  [
    'in PostgreSQL',
    (clock) =>
      createPostgresSlackStateStore({ database, retention, now: () => clock.now, pruneEveryMs: 0 }),
  ],
];

describe.each(factories)('the Slack state store %s', (_name, createStore) => {
  it('claims a delivery key once, then again only after it expires', async () => {
    const clock = { now: 10_000 };
    const store = createStore(clock);
    expect(await store.claimDelivery('event:Ev1')).toBe(true);
    expect(await store.claimDelivery('event:Ev1')).toBe(false);
    expect(await store.claimDelivery('event:Ev2')).toBe(true);
    clock.now += 1001;
    expect(await store.claimDelivery('event:Ev1')).toBe(true);
    await store.close();
  });

  it('remembers threads and answers until their retention ends', async () => {
    const clock = { now: 10_000 };
    const store = createStore(clock);
    await store.rememberThread('C1', '1.1');
    await store.saveAnswer('a1', record);
    expect(await store.isKnownThread('C1', '1.1')).toBe(true);
    expect(await store.isKnownThread('C1', '2.2')).toBe(false);
    expect(await store.loadAnswer('a1')).toEqual(record);
    clock.now += 2001;
    expect(await store.isKnownThread('C1', '1.1')).toBe(false);
    expect(await store.loadAnswer('a1')).toEqual(record);
    clock.now += 1000;
    expect(await store.loadAnswer('a1')).toBeUndefined();
    await store.close();
  });
});

describe('the SQLite Slack state store', () => {
  it('keeps deliveries, threads and answers across a restart', async () => {
    const path = join(folder, 'slack.db');
    const first = createSqliteSlackStateStore({ path });
    expect(await first.claimDelivery('event:Ev1')).toBe(true);
    await first.rememberThread('C1', '1.1');
    await first.saveAnswer('a1', record);
    await first.close();

    const second = createSqliteSlackStateStore({ path });
    expect(await second.claimDelivery('event:Ev1')).toBe(false);
    expect(await second.isKnownThread('C1', '1.1')).toBe(true);
    expect(await second.loadAnswer('a1')).toEqual(record);
    await second.close();
  });
});

describe('the PostgreSQL Slack state store', () => {
  it('lets exactly one of many servers claim a delivery they all receive at once', async () => {
    const servers = await Promise.all([1, 2, 3, 4].map(() => postgres.connect({ migrate: false })));
    const stores = servers.map((pool) => createPostgresSlackStateStore({ database: pool }));
    const claims = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        stores[index % stores.length]!.claimDelivery(`event:Ev${index % 10}`),
      ),
    );
    expect(claims.filter(Boolean)).toHaveLength(10);
    await stores[0]!.rememberThread('C1', '1.1');
    await stores[1]!.saveAnswer('a1', record);
    expect(await stores[2]!.isKnownThread('C1', '1.1')).toBe(true);
    expect(await stores[3]!.loadAnswer('a1')).toEqual(record);
  });

  it('drops expired rows for every server', async () => {
    const clock = { now: 10_000 };
    const store = createPostgresSlackStateStore({
      database,
      retention,
      now: () => clock.now,
      pruneEveryMs: 0,
    });
    await store.claimDelivery('event:Old');
    await store.rememberThread('C1', '1.1');
    clock.now += 5_000;
    await store.claimDelivery('event:New');
    const { rows } = await database.query<{ key: string }>('SELECT key FROM slack_deliveries');
    expect(rows.map((row) => row.key)).toEqual(['event:New']);
    expect((await database.query('SELECT 1 FROM slack_threads')).rowCount).toBe(0);
  });
});
