/**
 * Where each part of a built index lives inside INDEX_DIR.
 */
import { join } from 'node:path';

/** Built indexes live in `data/` so the folder's committed README survives rebuilds. */
export function indexPaths(indexDir: string, folder = 'data') {
  const root = join(indexDir, folder);
  return {
    root,
    manifest: join(root, 'manifest.json'),
    chunks: join(root, 'chunks.json'),
    vectors: join(root, 'vectors.hnsw'),
    lexicon: join(root, 'lexicon.bin'),
    lexical: join(root, 'lexical.json'),
  };
}
