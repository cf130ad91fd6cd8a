/**
 * What building the app leaves to the first request that needs it: a server builds
 * one at start and another after every corpus change, before it answers anything.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { Chunk } from '../../src/ingest/document-types.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createOpenApiDocument } from '../../src/http/openapi/create-openapi-document.js';
import type * as OpenApiDocumentModule from '../../src/http/openapi/create-openapi-document.js';
import { createDocumentCatalog } from '../../src/mcp/document-catalog.js';
import { createSeedDeps } from '../helpers/seed-deps.js';

vi.mock('../../src/http/openapi/create-openapi-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof OpenApiDocumentModule>();
  return { ...actual, createOpenApiDocument: vi.fn(actual.createOpenApiDocument) };
});

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});
beforeEach(() => {
  vi.mocked(createOpenApiDocument).mockClear();
});

/** The chunks behind a proxy counting reads of their elements, however they are read. */
function countedChunks(chunks: Chunk[]) {
  const reads = { count: 0 };
  const proxy = new Proxy(chunks, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads.count += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { chunks: proxy, reads };
}

/** Each document's chunks, counted directly. */
function chunkCounts(chunks: Chunk[]) {
  const counts = new Map<string, number>();
  for (const chunk of chunks) counts.set(chunk.docId, (counts.get(chunk.docId) ?? 0) + 1);
  return counts;
}

describe('building the app', () => {
  it('reads no chunk: the documents list counts them at its first request, once', async () => {
    const { chunks, reads } = countedChunks(deps.index.chunks);
    const app = createApp({ ...appDepsFrom(deps), chunks });
    expect(reads.count).toBe(0);

    const listed = (await (await app.request('/api/documents')).json()) as {
      documents: { docId: string; chunks: number }[];
    };
    const counts = chunkCounts(deps.index.chunks);
    expect(listed.documents.length).toBe(deps.documents.length);
    for (const document of listed.documents)
      expect(document.chunks).toBe(counts.get(document.docId));
    expect(counts.size).toBeGreaterThan(0);
    const afterFirst = reads.count;
    expect(afterFirst).toBe(deps.index.chunks.length);
    await app.request('/api/documents');
    expect(reads.count).toBe(afterFirst);
  });

  it('makes no OpenAPI document until /openapi.json is asked for, then one, kept', async () => {
    const make = vi.mocked(createOpenApiDocument);
    const app = createApp(appDepsFrom(deps));
    expect(make).not.toHaveBeenCalled();
    const first = await (await app.request('/openapi.json')).json();
    const second = await (await app.request('/openapi.json')).json();
    expect(make).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ openapi: '3.1.0' });
  });
});

describe('the MCP document catalog', () => {
  it('summarizes the documents at its first use, with each one’s chunk count', () => {
    const { chunks, reads } = countedChunks(deps.index.chunks);
    const catalog = createDocumentCatalog({ documents: deps.documents, chunks });
    expect(reads.count).toBe(0);
    const counts = chunkCounts(deps.index.chunks);
    const [first] = deps.documents;
    expect(catalog.get(first!.docId).summary.chunks).toBe(counts.get(first!.docId));
    expect(catalog.summaries.map((summary) => [summary.docId, summary.chunks])).toEqual(
      deps.documents.map((document) => [document.docId, counts.get(document.docId) ?? 0]),
    );
    expect(reads.count).toBe(deps.index.chunks.length);
  });
});
