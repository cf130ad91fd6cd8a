/**
 * Fault suite, issue 12 items 2 (logs) and 9, and the metrics: request ids,
 * no question text in the logs, long fields cut, `/metrics`, `/readyz`
 * apart from `/healthz`.
 */
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/chat-types.js';
import { createDeps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createLogger, safeFields } from '../../src/log/logger.js';
import { createRequestContext } from '../../src/log/request-context.js';
import { seedConfig } from '../helpers/seed-deps.js';
import { extractiveResponse } from '../llm/support/fake-answerers.js';
import { recordingLogger } from '../llm/support/recording-logger.js';
import { chatBody, createHardenedApp } from './support/hardened-app.js';

const json = { 'content-type': 'application/json' };

/** Answers, refuses and falls back in turn, as the real core does. */
function variedAssistant(): Assistant {
  const responses = [
    extractiveResponse,
    { answer: 'The documents do not say.', refused: true, citations: [] },
    { ...extractiveResponse, fallback: 'llm-timeout' },
  ];
  let turn = 0;
  return { ask: async () => responses[turn++ % responses.length]! };
}

describe('logs', () => {
  it('never write the question, even a refused 1,900-character one', async () => {
    const { app, lines } = createHardenedApp();
    const secret = `What is the password of ${'x'.repeat(1880)}?`;
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: json,
      body: chatBody(secret),
    });
    expect(response.status).toBe(200);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('password');
  });

  it('never write a refused question of the real assistant', async () => {
    const { logger, lines } = recordingLogger();
    const deps = await createDeps(seedConfig({ LOG_LEVEL: 'info' }), { logger });
    const response = await deps.assistant.ask({
      messages: [{ role: 'user', content: 'What is the population of Zahedan?' }],
    });
    expect(response.refused).toBe(true);
    expect(lines.join('\n')).not.toContain('population');
  });

  it("carry the request's id on every line written while answering it", async () => {
    const requestContext = createRequestContext();
    const lines: string[] = [];
    const logger = createLogger({
      write: (line) => lines.push(line),
      context: requestContext.fields,
    });
    const deps = await createDeps(seedConfig(), { logger, requestContext });
    const app = createApp(appDepsFrom(deps));
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { ...json, host: 'localhost' },
      body: chatBody('What is the population of Zahedan?'),
    });
    expect(await response.json()).toMatchObject({ refused: true });
    const id = response.headers.get('x-request-id')!;
    const refused = lines.find((line) => line.startsWith('info  refused'));
    expect(refused).toContain(`"requestId":"${id}"`);
    expect(lines.filter((line) => line.includes(id))).toHaveLength(2);
  });

  it('tag each request with the id sent back in X-Request-Id', async () => {
    const { app, lines } = createHardenedApp();
    const response = await app.request('/api/documents');
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[\w-]{8,}$/);
    expect(lines).toContainEqual(expect.stringContaining(`"requestId":"${id}"`));
  });

  it('replace what users typed by its size and cut long values', () => {
    const { logger, lines } = recordingLogger();
    logger.info('refused', { question: 'my secret question', reason: 'r'.repeat(5000) });
    expect(lines[0]).toContain('"question":"[18 chars]"');
    expect(lines[0]).not.toContain('secret');
    expect(lines[0]!.length).toBeLessThan(600);
    expect(safeFields({ nested: { content: ['a', 'b'] } })).toEqual({
      nested: { content: '[2 items]' },
    });
  });
});

describe('GET /metrics', () => {
  it('counts requests by route and status, answers against refusals, and fallbacks by reason', async () => {
    const { app, metrics } = createHardenedApp({ assistant: variedAssistant() });
    metrics.setIndexSize({ documents: 5, chunks: 50, bytes: 123_456 });
    for (let count = 0; count < 3; count += 1) {
      await app.request('/api/chat', { method: 'POST', headers: json, body: chatBody('Who?') });
    }
    await app.request('/api/documents/missing');
    await app.request('/v1/chat/completions', { method: 'POST', body: 'x' });
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain(
      'sourced_http_requests_total{route="/api/chat",method="POST",status="200"} 3',
    );
    expect(text).toContain('route="/api/documents/:docId",method="GET",status="404"} 1');
    expect(text).toContain('route="/v1/chat/completions",method="POST",status="415"} 1');
    expect(text).toMatch(
      /sourced_http_request_duration_seconds_count\{route="\/api\/chat",method="POST",status="200"\} 3/,
    );
    expect(text).toContain('sourced_answers_total{outcome="answered"} 2');
    expect(text).toContain('sourced_answers_total{outcome="refused"} 1');
    expect(text).toContain('sourced_llm_fallbacks_total{reason="llm-timeout"} 1');
    expect(text).toContain('sourced_index_size{unit="chunks"} 50');
    expect(text).toContain('sourced_index_size{unit="bytes"} 123456');
  });

  it('counts streamed answers too', async () => {
    const { app } = createHardenedApp({ assistant: variedAssistant() });
    const streamed = await app.request('/api/chat', {
      method: 'POST',
      headers: json,
      body: chatBody('Who?', { stream: true }),
    });
    await streamed.text();
    const text = await (await app.request('/metrics')).text();
    expect(text).toContain('sourced_answers_total{outcome="answered"} 1');
  });
});

describe('/readyz and /healthz', () => {
  it('are separate: shutting down is not ready, but still alive', async () => {
    let ready = true;
    const { app } = createHardenedApp({ ready: () => ready });
    expect((await app.request('/readyz')).status).toBe(200);
    ready = false;
    const readyz = await app.request('/readyz');
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ status: 'shutting_down' });
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
