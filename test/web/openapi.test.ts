import { validate, compileErrors } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import {
  documentListSchema,
  documentSchema,
  healthSchema,
} from '../../src/http/response-schemas.js';
import { chatRoute } from '../../src/http/chat-route.js';
import { getDocumentRoute, listDocumentsRoute } from '../../src/http/documents-routes.js';
import { apiPaths } from '../../src/http/openapi/api-paths.js';
import { streamPassageSchema } from '../../src/http/response-schemas.js';
import { createSeedDeps } from '../helpers/seed-deps.js';

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});

const appFor = () => createApp(appDepsFrom(deps));

async function loadDocument(app: ReturnType<typeof createApp>) {
  const response = await app.request('/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };
}

/** Hono's `/documents/:docId{regex}` is OpenAPI's `/documents/{docId}`. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/gu, '{$1}');

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await loadDocument(appFor());
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(document).toMatchObject({ openapi: '3.1.0' });
  });

  it('documents every route the app registers, and no route it does not', async () => {
    const app = appFor();
    const document = await loadDocument(app);
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const documentedPaths = new Set(Object.keys(document.paths));
    // Middleware (`app.use`) registers as method ALL on a wildcard path; it is not a route.
    const routes = app.routes.filter(
      (route) => !(route.method === 'ALL' && route.path.endsWith('*')),
    );
    const missing = routes
      .map((route) => ({ method: route.method, path: toOpenApiPath(route.path) }))
      .filter(({ method, path }) =>
        method === 'ALL' ? !documentedPaths.has(path) : !documented.has(`${method} ${path}`),
      )
      .map(({ method, path }) => `${method} ${path}`);
    expect([...new Set(missing)], 'routes missing from the OpenAPI document').toEqual([]);

    const registered = new Set(routes.map((route) => toOpenApiPath(route.path)));
    expect(
      [...documentedPaths].filter((path) => !registered.has(path)),
      'documented paths with no route',
    ).toEqual([]);
  });

  it('describes the chat request with the limits the validator enforces', async () => {
    const { components } = await loadDocument(appFor());
    expect(components.schemas.ChatRequest).toMatchObject({
      type: 'object',
      required: ['messages'],
      properties: { messages: { minItems: 1, maxItems: 50 }, topK: { minimum: 1, maximum: 20 } },
    });
    expect(components.schemas.ChatResponse).toMatchObject({
      properties: { citations: { items: { $ref: '#/components/schemas/Citation' } } },
    });
  });

  it("has response schemas that the routes' real responses satisfy", async () => {
    const app = appFor();
    healthSchema.parse(await (await app.request('/healthz')).json());
    const { documents } = documentListSchema.parse(
      await (await app.request('/api/documents')).json(),
    );
    expect(documents.length).toBeGreaterThan(0);
    documentSchema.parse(await (await app.request(`/api/documents/${documents[0]?.docId}`)).json());
  });
});

describe('the /api routes', () => {
  it('are described by their own @hono/zod-openapi declarations, not by hand', async () => {
    expect(Object.keys(apiPaths).filter((path) => path.startsWith('/api/'))).toEqual([]);
    const { paths } = await loadDocument(appFor());
    for (const route of [chatRoute, listDocumentsRoute, getDocumentRoute]) {
      expect(paths[route.path]?.[route.method], route.path).toMatchObject({
        operationId: route.operationId,
        summary: route.summary,
      });
    }
    expect(paths['/api/chat']?.post).toMatchObject({
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ChatRequest' } } },
      },
    });
  });

  it('validates with the declared schema and answers in the API error shape', async () => {
    const response = await appFor().request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }], topK: 99 }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_request', message: expect.stringMatching(/^topK:/u) },
    });
  });

  it("names the streamed candidates' retrievalScore apart from a citation's score", async () => {
    const response = await appFor().request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messages: [{ role: 'user', content: 'What rank are the liaison officers?' }],
        stream: true,
      }),
    });
    const events = (await response.text()).split(/\r?\n\r?\n/u).filter(Boolean);
    const data = (name: string) => {
      const block = events.find((event) => event.includes(`event: ${name}`)) ?? '';
      return JSON.parse(/^data: (.*)$/mu.exec(block)?.[1] ?? 'null');
    };
    const passages = data('citations').passages as unknown[];
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      expect(streamPassageSchema.strict().parse(passage).retrievalScore).toBeLessThan(0.2);
    }
    const citation = data('done').citations[0];
    expect(citation.score).toBeGreaterThan(0.2);
    expect(citation).not.toHaveProperty('retrievalScore');
    const { components } = await loadDocument(appFor());
    expect(components.schemas.StreamPassage).toMatchObject({
      required: expect.arrayContaining(['retrievalScore']),
    });
  });
});

describe('GET /docs', () => {
  it('serves Swagger UI from local files pointed at /openapi.json', async () => {
    const app = appFor();
    const html = await (await app.request('/docs')).text();
    expect(html).toContain('data-url="/openapi.json"');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/gu)].map((match) => match[1] ?? '');
    expect(sources.every((source) => source.startsWith('/'))).toBe(true);
    for (const source of sources) {
      expect((await app.request(source)).status, source).toBe(200);
    }
  });
});
