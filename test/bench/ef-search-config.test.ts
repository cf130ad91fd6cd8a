import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';

describe('HNSW_EF_SEARCH', () => {
  it('overrides the search breadth when set, and leaves the index its own when unset', () => {
    expect(loadConfig({ HNSW_EF_SEARCH: '300' }).efSearch).toBe(300);
    expect(loadConfig({}).efSearch).toBeUndefined();
  });

  it('is refused with the variable named when it is not a positive integer', () => {
    expect(() => loadConfig({ HNSW_EF_SEARCH: '0' })).toThrow(/HNSW_EF_SEARCH/u);
  });
});
