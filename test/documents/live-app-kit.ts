/**
 * A live app over a private copy of the seed articles (the shared seed index
 * stays fresh for it), with an admin key; for the document tests.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createLiveApp } from '../../src/http/create-live-app.js';
import { createLogger } from '../../src/log/logger.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export async function createLiveTestApp(
  env: Record<string, string> = {},
  { extraFiles = [], logLines }: { extraFiles?: string[]; logLines?: string[] } = {},
) {
  const seedsDir = await mkdtemp(join(tmpdir(), 'sourced-docs-'));
  await cp('seeds', seedsDir, { recursive: true });
  for (const name of extraFiles)
    await cp(join('test/fixtures/documents', name), join(seedsDir, name));
  const config = loadConfig({
    SEEDS_DIR: seedsDir,
    INDEX_DIR: inject('seedIndexDir'),
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN,
    ...env,
  });
  const logger = logLines
    ? createLogger({ write: (line) => logLines.push(line) })
    : createLogger({ level: 'silent' });
  const deps = await createDeps(config, { logger });
  const app = createLiveApp({
    build: () => createApp(appDepsFrom(deps)),
    live: deps.live,
    manager: deps.documentManager,
    seedsDir,
    adminToken: config.documents.adminToken,
    maxUploadBytes: config.documents.maxUploadBytes,
    logger: deps.logger,
  });
  return { app, deps, seedsDir, cleanup: () => rm(seedsDir, { recursive: true, force: true }) };
}

export const fixture = (name: string) => readFile(join('test/fixtures/documents', name));

const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** POST (or PUT to `docId`) a fixture file as a multipart upload. */
export function uploadFile(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  {
    bytes,
    name,
    type,
    docId,
    method = 'POST',
    headers = auth,
  }: {
    bytes: Uint8Array;
    name: string;
    type: string;
    docId?: string;
    method?: 'POST' | 'PUT';
    headers?: Record<string, string>;
  },
) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return app.request(method === 'PUT' ? `/api/documents/${docId}` : '/api/documents', {
    method,
    body: form,
    headers,
  });
}

export function sendJson(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  path: string,
  method: string,
  body: unknown,
) {
  return app.request(path, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function remove(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  docId: string,
) {
  return app.request(`/api/documents/${docId}`, { method: 'DELETE', headers: auth });
}

export async function ask(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  question: string,
) {
  const response = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
  });
  return (await response.json()) as {
    answer: string;
    refused: boolean;
    citations: { docId: string; quote: string; start: number; end: number; page?: number }[];
  };
}
