import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createSeedDeps } from '../helpers/seed-deps.js';

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});

const appFor = () => createApp(appDepsFrom(deps));
/** `ARTICLE` in a path stands for the first seed article's id, known only once deps are loaded. */
const request = (path: string) =>
  appFor().request(path.replace('ARTICLE', deps.documents[0]?.docId ?? ''));

/** `default-src 'self'; script-src 'self'` → { 'default-src': ["'self'"], ... } */
function parsePolicy(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/u);
      return [name, values];
    }),
  );
}

describe('security headers', () => {
  it.each(['/', '/documents', '/documents/ARTICLE'])(
    '%s loads scripts, styles and data only from its own origin',
    async (path) => {
      const response = await request(path);
      const policy = parsePolicy(response.headers.get('content-security-policy'));
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    },
  );

  it.each(['/', '/documents', '/documents/ARTICLE?start=0&end=20', '/docs'])(
    '%s has no inline script, inline style or remote resource for the policy to block',
    async (path) => {
      const html = await (await request(path)).text();
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/u);
      expect(html).not.toMatch(/<style[\s>]/u);
      expect(html).not.toMatch(/\sstyle=/u);
      expect(html).not.toMatch(/\son[a-z]+=/u);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//u);
    },
  );

  it('leaves a streamed answer streaming, under the same headers', async () => {
    const response = await appFor().request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messages: [{ role: 'user', content: 'What rank are the liaison officers?' }],
        stream: true,
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const events = [...(await response.text()).matchAll(/^event: (\w+)$/gmu)].map(
      (match) => match[1],
    );
    expect(events[0]).toBe('citations');
    expect(events).toContain('delta');
    expect(events.at(-1)).toBe('done');
  });

  it('keeps the JSON API under the same headers', async () => {
    const response = await appFor().request('/api/documents');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets only the API reference load data: images, which Swagger UI draws its icons with', async () => {
    const policy = parsePolicy(
      (await appFor().request('/docs')).headers.get('content-security-policy'),
    );
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    const page = parsePolicy((await appFor().request('/')).headers.get('content-security-policy'));
    expect(page['img-src']).toEqual(["'self'"]);
  });
});
