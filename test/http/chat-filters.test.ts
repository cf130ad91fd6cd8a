/**
 * `filters` on `/api/chat`: applied inside retrieval (every citation and
 * every streamed candidate passage comes from an allowed document), and a
 * bad filter is a 400 naming the field, before any work is done.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createSeedDeps } from '../helpers/seed-deps.js';

let deps: Deps;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  deps = await createSeedDeps();
  app = createApp(appDepsFrom(deps));
});

const QUESTION = 'Who is the Iranian interior minister?';
const ask = (body: Record<string, unknown>) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: QUESTION }], ...body }),
  });
const cited = async (body: Record<string, unknown>) => {
  const response = await ask(body);
  expect(response.status).toBe(200);
  const json = (await response.json()) as { citations: { docId: string }[]; refused: boolean };
  return { docs: new Set(json.citations.map((citation) => citation.docId)), refused: json.refused };
};

describe('filters on POST /api/chat', () => {
  it('answers from the whole corpus without filters, and only from allowed documents with them', async () => {
    const open = await cited({});
    expect(open.docs.has('001_107dfff3603230d6')).toBe(true);
    const restricted = await cited({ filters: { docIds: ['003_f61ffbca402f8e95'] } });
    expect([...restricted.docs].every((docId) => docId === '003_f61ffbca402f8e95')).toBe(true);
  });

  it('applies sources and dates inside retrieval', async () => {
    const dawn = await cited({ filters: { sources: ['Dawn'] } });
    expect([...dawn.docs]).toEqual(['001_107dfff3603230d6']);
    const later = await cited({ filters: { dateFrom: '2023-01-01' } });
    expect([...later.docs].every((docId) => docId === '000_bcff9cf575703604')).toBe(true);
    const nothing = await cited({ filters: { sources: ['Nobody'] } });
    expect(nothing).toEqual({ docs: new Set(), refused: true });
  });

  it('streams only allowed candidate passages', async () => {
    const response = await ask({ stream: true, filters: { sources: ['Al Jazeera', 'BW'] } });
    const text = await response.text();
    const docIds = [...text.matchAll(/"docId":"([^"]+)"/gu)].map((match) => match[1]);
    expect(docIds.length).toBeGreaterThan(0);
    expect(
      docIds.every((docId) => ['003_f61ffbca402f8e95', '004_d8be782e761c7253'].includes(docId!)),
    ).toBe(true);
  });

  it.each([
    [{ dateFrom: 'last week' }, /dateFrom.*YYYY-MM-DD/],
    [{ dateTo: '2024-02-30' }, /dateTo.*calendar date/],
    [{ dateFrom: '2024-05-01', dateTo: '2024-01-01' }, /dateFrom is after dateTo/],
    [{ docIds: 'abc' }, /docIds/],
    [{ source: ['Dawn'] }, /source/],
    [{ sources: [''] }, /source is not empty/],
    ['Dawn', /filters/],
  ])('refuses filters %j with a 400 naming the problem', async (filters, message) => {
    const response = await ask({ filters });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(message);
  });
});
