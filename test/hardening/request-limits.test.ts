/**
 * Fault suite, issue 12 items 2, 3 and 9 (limits): `/v1` refuses what
 * `/api/chat` refuses, non-JSON is a 415, every body is limited while it
 * streams in (Slack's before its signature is checked), and lengths count
 * characters, not UTF-16 units.
 */
import { describe, expect, it } from 'vitest';
import { askOnlyAssistant } from '../llm/support/fake-assistants.js';
import { chatBody, countingStream, createHardenedApp } from './support/hardened-app.js';

const json = { 'content-type': 'application/json' };
const doors = [
  { path: '/api/chat', code: (body: { error: { code: string } }) => body.error.code },
  { path: '/v1/chat/completions', code: (body: { error: { code: string } }) => body.error.code },
];

describe('/v1/chat/completions has the limits of /api/chat', () => {
  it('answers text/plain with 415 and never asks the assistant', async () => {
    const assistant = askOnlyAssistant();
    const { app } = createHardenedApp({ assistant });
    const response = await app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: chatBody('Who is the minister?'),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({
      error: { code: 'unsupported_media_type', type: 'invalid_request_error' },
    });
    expect(assistant.questions).toEqual([]);
  });

  it.each(doors)('$path refuses a 522 KB question with 413 before parsing it', async ({ path }) => {
    const assistant = askOnlyAssistant();
    const { app } = createHardenedApp({ assistant });
    const response = await app.request(path, {
      method: 'POST',
      headers: json,
      body: chatBody('why '.repeat(130_000)),
    });
    expect(response.status).toBe(413);
    expect(assistant.questions).toEqual([]);
  });

  it.each(doors)('$path refuses 51 messages and a 2,001-character question', async ({ path }) => {
    const assistant = askOnlyAssistant();
    const { app } = createHardenedApp({ assistant });
    const many = Array.from({ length: 51 }, (_, index) => ({
      role: index % 2 === 0 ? 'user' : 'assistant',
      content: `turn ${index}`,
    }));
    const tooMany = await app.request(path, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ messages: many }),
    });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toMatch(/at most 50 messages/);
    const tooLong = await app.request(path, {
      method: 'POST',
      headers: json,
      body: chatBody('a'.repeat(2001)),
    });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await tooLong.json())).toMatch(/at most 2000 characters/);
    expect(assistant.questions).toEqual([]);
  });

  it.each(doors)('$path counts characters, not UTF-16 units', async ({ path }) => {
    const assistant = askOnlyAssistant();
    const { app } = createHardenedApp({ assistant });
    // 2,000 emoji are 2,000 characters but 4,000 UTF-16 units: allowed.
    const emoji = '🌊'.repeat(2000);
    const allowed = await app.request(path, {
      method: 'POST',
      headers: json,
      body: chatBody(emoji),
    });
    expect(allowed.status).toBe(200);
    const over = await app.request(path, {
      method: 'POST',
      headers: json,
      body: chatBody(`${emoji}🌊`),
    });
    expect(over.status).toBe(400);
    expect(assistant.questions).toEqual([emoji]);
  });
});

describe('bodies are limited while they stream in', () => {
  const huge = 256 * 1024 * 1024;

  it.each(['/api/chat', '/v1/chat/completions', '/api/documents', '/healthz'])(
    'a chunked 256 MB body to %s is cut off after little more than the limit',
    async (path) => {
      const { app } = createHardenedApp();
      const { body, state } = countingStream(huge);
      const response = await app.request(path, {
        method: 'POST',
        headers: json,
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(state.pulled).toBeLessThan(1024 * 1024);
    },
  );

  it('an unsigned 256 MB Slack body is cut off before its signature is checked', async () => {
    const { app, lines } = createHardenedApp({ slack: { signingSecret: 'x'.repeat(32) } });
    const { body, state } = countingStream(huge);
    const response = await app.request('/slack/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(state.pulled).toBeLessThan(3 * 1024 * 1024);
    expect(lines.some((line) => line.includes('rejected slack request'))).toBe(false);
  });

  it('a body that breaks off is not a 500 nor logged as an error', async () => {
    const { app, lines } = createHardenedApp();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"messages":[{"role":"user",'));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: json,
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBeLessThan(500);
    expect(lines.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(lines.some((line) => line.includes('client aborted the request'))).toBe(true);
  });
});
