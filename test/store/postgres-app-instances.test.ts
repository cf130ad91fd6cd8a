/**
 * Two app instances (two servers) on one PostgreSQL database, the whole
 * dependency graph as `npm start` builds it with DATABASE_URL: the second
 * serves the corpus the first built, though its own folder holds one
 * article; a
 * document uploaded through one is answerable, with a verbatim quote,
 * through the other; its deletion reaches the other too.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createLiveApp } from '../../src/http/create-live-app.js';
import { createLogger } from '../../src/log/logger.js';
import { ADMIN_TOKEN, ask, fixture, remove, uploadFile } from '../documents/live-app-kit.js';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';

let postgres: TestPostgres;
const folders: string[] = [];
const instances: Deps[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const deps of instances) deps.shared?.close();
  await postgres.close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function startInstance({ allSeeds }: { allSeeds: boolean }) {
  const seedsDir = await mkdtemp(join(tmpdir(), 'sourced-pg-seeds-'));
  const indexDir = await mkdtemp(join(tmpdir(), 'sourced-pg-index-'));
  folders.push(seedsDir, indexDir);
  await cp('seeds', seedsDir, { recursive: true });
  if (!allSeeds)
    for (const name of (await readdir(seedsDir)).slice(1))
      await rm(join(seedsDir, name), { recursive: true, force: true });
  const config = loadConfig({
    SEEDS_DIR: seedsDir,
    INDEX_DIR: indexDir,
    LOG_LEVEL: 'silent',
    EMBEDDER: 'local',
    ADMIN_TOKEN,
  });
  const deps = await createDeps(config, {
    logger: createLogger({ level: 'silent' }),
    database: await postgres.connect({ poolMax: 3 }),
    corpusPollMs: 100,
  });
  instances.push(deps);
  const app = createLiveApp({
    build: () => createApp(appDepsFrom(deps)),
    live: deps.live,
    manager: deps.documentManager,
    seedsDir,
    adminToken: config.documents.adminToken,
    maxUploadBytes: config.documents.maxUploadBytes,
    logger: deps.logger,
  });
  return { app, deps };
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const QUESTION = 'How many turbines does the Port Ellery tidal barrage hold?';

describe('two app instances on one PostgreSQL database', () => {
  it('share one corpus: built by one, uploads through one answered by the other', async () => {
    const first = await startInstance({ allSeeds: true });
    const second = await startInstance({ allSeeds: false });
    expect(second.deps.documents.map((document) => document.docId)).toEqual(
      first.deps.documents.map((document) => document.docId),
    );
    expect(second.deps.documents.length).toBeGreaterThanOrEqual(5);

    const seedAnswer = await ask(second.app, 'Who is the Iranian interior minister?');
    expect(seedAnswer.refused).toBe(false);
    expect(seedAnswer.answer).toMatch(/Vahidi/);
    const before = await ask(second.app, QUESTION);
    expect(before.citations.some((citation) => citation.docId === 'harbour-article')).toBe(false);

    const created = await uploadFile(first.app, {
      bytes: await fixture('harbour-article.html'),
      name: 'harbour-article.html',
      type: 'text/html',
    });
    expect(created.status).toBe(201);

    await waitFor(
      async () => (await second.app.request('/api/documents/harbour-article')).status === 200,
      'the upload to reach the second instance',
    );
    const answer = await ask(second.app, QUESTION);
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]?.docId).toBe('harbour-article');
    expect(answer.answer).toMatch(/twelve turbines/);
    const document = await (await second.app.request('/api/documents/harbour-article')).json();
    for (const citation of answer.citations.filter((c) => c.docId === 'harbour-article'))
      expect(document.text.slice(citation.start, citation.end)).toBe(citation.quote);

    expect((await remove(first.app, 'harbour-article')).status).toBe(200);
    await waitFor(
      async () => (await second.app.request('/api/documents/harbour-article')).status === 404,
      'the deletion to reach the second instance',
    );
    const after = await ask(second.app, QUESTION);
    expect(after.citations.some((citation) => citation.docId === 'harbour-article')).toBe(false);
  });
});
