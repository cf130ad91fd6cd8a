/**
 * Fault suite, issue 12 item 8: optional API keys on the question-answering
 * doors, rate limits per key or client with 429 and Retry-After, and a Host
 * allow-list against DNS rebinding.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { chatBody, countingStream, createHardenedApp } from './support/hardened-app.js';

const key = 'k-0123456789abcdef';
const other = 'k-fedcba9876543210';
const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
const json = { 'content-type': 'application/json' };

describe('API keys', () => {
  const { app } = createHardenedApp({ access: { apiKeys: [key, other] } });

  it.each([
    ['POST', '/api/chat'],
    ['GET', '/api/documents'],
    ['POST', '/v1/chat/completions'],
    ['GET', '/v1/models'],
    ['GET', '/metrics'],
    ['POST', '/mcp'],
  ])('%s %s answers 401 without a key and with a wrong one', async (method, path) => {
    const init = { method, headers: json, ...(method === 'POST' ? { body: chatBody('Hi?') } : {}) };
    const missing = await app.request(path, init);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await missing.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await app.request(path, {
      ...init,
      headers: { ...json, ...bearer('k-wrong-key-123456') },
    });
    expect(wrong.status).toBe(401);
  });

  it('lets a request with any configured key through', async () => {
    for (const value of [key, other]) {
      const response = await app.request('/api/chat', {
        method: 'POST',
        headers: { ...json, ...bearer(value) },
        body: chatBody('Who is the minister?'),
      });
      expect(response.status).toBe(200);
    }
    expect((await app.request('/v1/models', { headers: bearer(key) })).status).toBe(200);
  });

  it('leaves health checks and the web page open', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/readyz')).status).toBe(200);
    expect((await app.request('/')).status).toBe(200);
  });

  it('needs no key when none is configured', async () => {
    const open = createHardenedApp().app;
    const response = await open.request('/api/chat', {
      method: 'POST',
      headers: json,
      body: chatBody('Hi?'),
    });
    expect(response.status).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a client used its requests, per key', async () => {
    const { app } = createHardenedApp({ access: { apiKeys: [key, other], rateLimitPerMinute: 3 } });
    const ask = (value: string) =>
      app.request('/api/chat', {
        method: 'POST',
        headers: { ...json, ...bearer(value) },
        body: chatBody('Hi?'),
      });
    for (let count = 0; count < 3; count += 1) expect((await ask(key)).status).toBe(200);
    const limited = await ask(key);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // /v1 shares the count; another key has its own.
    expect((await app.request('/v1/models', { headers: bearer(key) })).status).toBe(429);
    expect((await ask(other)).status).toBe(200);
  });

  it('does not let made-up bearer tokens buy fresh counts when no keys are configured', async () => {
    const { app } = createHardenedApp({ access: { rateLimitPerMinute: 2 } });
    const statuses: number[] = [];
    for (let count = 0; count < 3; count += 1) {
      const headers = bearer(`made-up-token-${count}-0123456789`);
      statuses.push((await app.request('/api/documents', { headers })).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('counts clients without a key by address', async () => {
    const { app } = createHardenedApp({ access: { rateLimitPerMinute: 2 } });
    const statuses: number[] = [];
    for (let count = 0; count < 3; count += 1)
      statuses.push((await app.request('/api/documents')).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('the Host allow-list', () => {
  const { app } = createHardenedApp({ access: { allowedHosts: ['localhost', '127.0.0.1'] } });

  it('refuses a rebound name with 403, on every route', async () => {
    for (const path of ['/healthz', '/api/documents', '/']) {
      const response = await app.request(path, { headers: { host: 'attacker.example:8787' } });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'host_not_allowed' } });
    }
  });

  it('answers to the allowed names on any port', async () => {
    for (const host of ['localhost:8787', '127.0.0.1:9000', 'LOCALHOST']) {
      expect((await app.request('/healthz', { headers: { host } })).status).toBe(200);
    }
  });
});

describe('access configuration', () => {
  it('allows the loopback names by default when HOST is loopback, any host otherwise', () => {
    expect(loadConfig({}).access.allowedHosts).toEqual(
      expect.arrayContaining(['localhost', '127.0.0.1', '[::1]']),
    );
    expect(loadConfig({}).access.allowedHosts).not.toContain('attacker.example');
    expect(loadConfig({ HOST: '0.0.0.0' }).access.allowedHosts).toBeNull();
    expect(
      loadConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'ask.example.com, localhost' }).access
        .allowedHosts,
    ).toEqual(['ask.example.com', 'localhost']);
  });

  it('reads keys from API_KEYS and API_KEYS_FILE, and refuses short keys naming the variable', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourced-keys-'));
    try {
      const file = join(folder, 'keys');
      await writeFile(file, `# team keys\n${other}\n\n`);
      expect(loadConfig({ API_KEYS: key, API_KEYS_FILE: file }).access.apiKeys).toEqual([
        key,
        other,
      ]);
      expect(() => loadConfig({ API_KEYS: 'short' })).toThrow(/API_KEYS .*at least 16 characters/);
      expect(() => loadConfig({ API_KEYS_FILE: join(folder, 'missing') })).toThrow(
        /API_KEYS_FILE cannot be read/,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a HOST that is not an address or host name, naming HOST', () => {
    expect(() => loadConfig({ HOST: 'not a host!' })).toThrow(
      /HOST must be an IP address or a host name/,
    );
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });
});

describe('a refused client', () => {
  it('is answered 401 before any of its body is read', async () => {
    const { app } = createHardenedApp({ access: { apiKeys: [key] } });
    const { body, state } = countingStream(256 * 1024 * 1024);
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: json,
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(401);
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024);
  });
});
