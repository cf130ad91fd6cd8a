/**
 * Where each part of a built index lives inside INDEX_DIR.
 */
import { join } from 'node:path';
import type { IndexFileName } from './index-manifest.js';

/** Prefix of the folder a build writes into before renaming it to `data/`. */
export const TEMPORARY_PREFIX = '.data-';
/** Infix of the folder the previous index is moved to while the new one is renamed in. */
export const PREVIOUS_INFIX = '.old-';

/** Built indexes live in `data/` so the folder's committed README survives rebuilds. */
export function indexPaths(indexDir: string, folder = 'data') {
  const root = join(indexDir, folder);
  return {
    root,
    manifest: join(root, 'manifest.json'),
    lexicon: join(root, 'lexicon.bin'),
    /** The embedded store: `corpus.db` (SQLite) and `vectors.hnsw` live here. */
    store: root,
    database: join(root, 'corpus.db'),
    vectors: join(root, 'vectors.hnsw'),
  };
}

/** The path of each file the manifest vouches for by checksum (the store checks its own). */
export function integrityPaths(indexDir: string, folder = 'data'): Record<IndexFileName, string> {
  return { 'lexicon.bin': indexPaths(indexDir, folder).lexicon };
}
