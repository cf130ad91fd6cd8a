import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTarget } from '../../src/eval/http-target.js';
import { answerFor, borderText } from './fake-core.js';

const base = 'http://sourced.test';
const server = setupServer(
  http.get(`${base}/healthz`, () => new HttpResponse(null, { status: 404 })),
  http.post(`${base}/api/chat`, async ({ request }) => {
    const body = (await request.json()) as { messages: { content: string }[]; topK: number };
    return HttpResponse.json(answerFor(body.messages.map((message) => message.content).join(' ')));
  }),
  http.get(`${base}/api/documents/:docId`, ({ params }) =>
    params.docId === 'doc-border'
      ? HttpResponse.json({
          docId: 'doc-border',
          title: 'Border',
          date: null,
          source: null,
          chunks: [],
          text: borderText,
        })
      : HttpResponse.json(
          { error: { code: 'DOCUMENT_NOT_FOUND', message: 'no such document' } },
          { status: 404 },
        ),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('createHttpTarget', () => {
  it('treats any HTTP answer to the check as reachable', async () => {
    await expect(createHttpTarget({ url: `${base}/` }).check()).resolves.toBeUndefined();
  });

  it('posts the conversation and topK to /api/chat and returns the validated response', async () => {
    let sent: unknown;
    server.use(
      http.post(`${base}/api/chat`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(answerFor('border'));
      }),
    );
    const response = await createHttpTarget({ url: base }).ask({
      messages: [{ role: 'user', content: 'Border?' }],
      topK: 4,
    });
    expect(sent).toEqual({ messages: [{ role: 'user', content: 'Border?' }], topK: 4 });
    expect(response.citations[0]?.docId).toBe('doc-border');
  });

  it('reads the full file text of a document, and undefined for an unknown one', async () => {
    const target = createHttpTarget({ url: base });
    expect(await target.loadDocumentText('doc-border')).toBe(borderText);
    expect(await target.loadDocumentText('doc-missing')).toBeUndefined();
  });

  it('fails a case with the server\u2019s error code when the chat call is rejected', async () => {
    server.use(
      http.post(`${base}/api/chat`, () =>
        HttpResponse.json(
          { error: { code: 'INDEX_MISSING', message: 'no index' } },
          { status: 503 },
        ),
      ),
    );
    await expect(
      createHttpTarget({ url: base }).ask({ messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toThrow(/503 \(INDEX_MISSING: no index\)/);
  });

  it('fails a case whose response breaks the chat contract', async () => {
    server.use(http.post(`${base}/api/chat`, () => HttpResponse.json({ answer: 'hi' })));
    await expect(
      createHttpTarget({ url: base }).ask({ messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toThrow(/chat contract/);
  });

  it('reports an unreachable server as one EVAL_TARGET_UNREACHABLE error', async () => {
    server.use(http.get(`${base}/healthz`, () => HttpResponse.error()));
    await expect(createHttpTarget({ url: base }).check()).rejects.toMatchObject({
      code: 'EVAL_TARGET_UNREACHABLE',
      message: expect.stringContaining(`cannot reach ${base}`),
    });
  });
});
