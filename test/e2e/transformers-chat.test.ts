import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatResponseSchema } from '../../src/answer/chat-types.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createLogger } from '../../src/log/logger.js';

/** A few stand-in word vectors, so the index builds without parsing the 300 MB packaged set. */
async function loadSourceVectors(): Promise<WordVectors> {
  const words = ['pakistan', 'iran', 'border', 'group', 'security', 'minister'];
  const vectors = words.map((_, i) =>
    Float32Array.from({ length: 8 }, (_, j) => (i === j ? 1 : 0)),
  );
  return {
    dimension: 8,
    sourceSize: 100_000,
    words,
    rank: (word) => (words.includes(word) ? words.indexOf(word) : undefined),
    vector: (word) => vectors[words.indexOf(word)],
  };
}

const indexDir = mkdtempSync(join(tmpdir(), 'sourced-transformers-index-'));
const lines: string[] = [];
const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
const config = (overrides: Record<string, string>) =>
  loadConfig({
    SEEDS_DIR: 'seeds',
    INDEX_DIR: indexDir,
    MODELS_DIR: 'test/fixtures/models',
    ...overrides,
  });

let deps: Deps;
beforeAll(async () => {
  deps = await createDeps(config({ EMBEDDER: 'transformers', EMBEDDING_MODEL: 'tiny-bert' }), {
    logger,
  });
});
afterAll(() => rm(indexDir, { recursive: true, force: true }));

describe('an index built with EMBEDDER=transformers and the tiny-bert fixture', () => {
  it('records the embedder, model and dtype in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(indexDir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.embedder).toMatchObject({
      id: 'transformers',
      dimension: 32,
      settings: { model: 'tiny-bert', dtype: 'fp32' },
    });
    expect(lines.some((line) => line.includes('embedder: transformers model tiny-bert'))).toBe(
      true,
    );
  });

  it('answers through /api/chat with verbatim citations', async () => {
    const app = createApp(appDepsFrom(deps));
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messages: [
          { role: 'user', content: 'What did Pakistan and Iran set up for border matters?' },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const body = chatResponseSchema.parse(await response.json());
    expect(body.refused).toBe(false);
    expect(body.citations.length).toBeGreaterThan(0);
    for (const citation of body.citations) {
      const document = deps.documents.find((candidate) => candidate.docId === citation.docId)!;
      expect(document.fileText.slice(citation.start, citation.end)).toBe(citation.quote);
    }
    expect(body.citations.some((citation) => /iran/i.test(citation.quote))).toBe(true);
  });

  it('is rebuilt with word vectors when EMBEDDER=local', async () => {
    const local = await createDeps(config({ EMBEDDER: 'local' }), {
      logger: createLogger({ level: 'silent' }),
    });
    expect(local.index.manifest.embedder.id).not.toBe('transformers');
  });
});

describe('EMBEDDER=auto', () => {
  it('falls back to word vectors with one log line when the model is absent', async () => {
    const fallback: string[] = [];
    const silentIndex = mkdtempSync(join(tmpdir(), 'sourced-auto-index-'));
    const auto = await createDeps(
      loadConfig({
        SEEDS_DIR: 'seeds',
        INDEX_DIR: silentIndex,
        MODELS_DIR: mkdtempSync(join(tmpdir(), 'no-models-')),
      }),
      { logger: createLogger({ write: (line) => fallback.push(line) }), loadSourceVectors },
    );
    await rm(silentIndex, { recursive: true, force: true });
    expect(auto.index.manifest.embedder.id).toBe('word-vectors-sif');
    expect(fallback.filter((line) => line.includes('npm run models:pull'))).toHaveLength(1);
  });

  it('refuses to start when EMBEDDER=transformers and the model is missing', async () => {
    const missing = config({ EMBEDDER: 'transformers', EMBEDDING_MODEL: 'org/absent' });
    await expect(
      createDeps(missing, { logger: createLogger({ level: 'silent' }) }),
    ).rejects.toMatchObject({
      code: 'embedder_unavailable',
      message: expect.stringContaining('tokenizer.json'),
    });
  });
});
