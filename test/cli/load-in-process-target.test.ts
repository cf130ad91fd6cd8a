import { describe, expect, it } from 'vitest';
import { inProcessEnv } from '../../src/cli/load-in-process-target.js';
import { loadConfig } from '../../src/config/load-config.js';

describe('inProcessEnv', () => {
  it('keeps the configuration npm start would use but points it at the set\u2019s corpus and index', () => {
    const env = inProcessEnv(
      { seedsDir: 'eval/sets/news/corpus', indexDir: '.eval-index/news' },
      { SEEDS_DIR: 'seeds', INDEX_DIR: 'index', TOP_K: '4' },
    );
    const config = loadConfig(env);
    expect(config).toMatchObject({
      seedsDir: 'eval/sets/news/corpus',
      indexDir: '.eval-index/news',
      topK: 4,
      logLevel: 'warn',
    });
  });
});
