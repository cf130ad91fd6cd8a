/**
 * The real dependency graph over the seed articles and the index built once
 * by the global setup.
 */
import { inject } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { createLogger } from '../../src/log/logger.js';

export function seedConfig(overrides: Record<string, string> = {}) {
  return loadConfig({
    SEEDS_DIR: 'seeds',
    INDEX_DIR: inject('seedIndexDir'),
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export async function createSeedDeps(): Promise<Deps> {
  return createDeps(seedConfig(), { logger: createLogger({ level: 'silent' }) });
}
