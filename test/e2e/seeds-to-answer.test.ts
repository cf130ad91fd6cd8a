import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { createLogger } from '../../src/log/logger.js';

const work = await mkdtemp(join(tmpdir(), 'sourced-e2e-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('from seed files to a cited answer', () => {
  it('builds a missing index on start, then answers over HTTP with verbatim quotes, including a dropped-in article', async () => {
    const seedsDir = join(work, 'seeds');
    await cp('seeds', seedsDir, { recursive: true });
    await cp('test/fixtures/articles/glacier.md', join(seedsDir, 'glacier.md'));
    const lines: string[] = [];
    const config = loadConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: join(work, 'index') });
    const deps = await createDeps(config, {
      logger: createLogger({ write: (line) => lines.push(line) }),
    });
    expect(lines.join('\n')).toMatch(/building index .*no index yet/);
    const app = createApp(appDepsFrom(deps));

    for (const [question, docId, fact] of [
      ['What rank are the liaison officers?', /^(000|004)_/, /colonel/i],
      ['How fast is the Vatnajokull glacier retreating?', /^glacier$/, /metres a year/],
    ] as const) {
      const response = await app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
      });
      const body = await response.json();
      expect(body.refused).toBe(false);
      expect(body.citations[0].docId).toMatch(docId);
      expect(body.answer).toMatch(fact);
      for (const citation of body.citations) {
        const document = await (await app.request(`/api/documents/${citation.docId}`)).json();
        expect(document.text.slice(citation.start, citation.end)).toBe(citation.quote);
      }
    }
  });
});
