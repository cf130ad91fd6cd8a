/**
 * Vitest global setup: builds one index of the seed articles (with the real
 * packaged word vectors) in a temporary folder, shared read-only by the
 * tests that need a realistic index.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { buildIndex } from '../../src/store/build-index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    seedIndexDir: string;
  }
}

export default async function setup(project: TestProject) {
  const indexDir = await mkdtemp(join(tmpdir(), 'sourced-seed-index-'));
  await buildIndex({
    documents: await loadDocuments('seeds'),
    indexDir,
    embedderSpec: wordVectorEmbedderSpec(),
    chunking: { maxChars: 600, overlapSentences: 1 },
  });
  project.provide('seedIndexDir', indexDir);
  return async () => {
    await rm(indexDir, { recursive: true, force: true });
  };
}
