/**
 * Where benchmarks keep their generated corpora and built indexes (under
 * the git-ignored `bench/results/work/`), reusing them between runs while
 * they are still fresh.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/config/load-config.js';
import { embedderSpecFor } from '../src/deps.js';
import type { WordVectors } from '../src/embed/word-vectors.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { createLogger } from '../src/log/logger.js';
import { buildIndex } from '../src/store/build-index.js';
import { indexStaleness } from '../src/store/ensure-index.js';
import { createSyntheticCorpus } from './synthetic-corpus.js';

export const RESULTS_DIR = 'bench/results';
export const WORK_DIR = join(RESULTS_DIR, 'work');
export const SEEDS_DIR = 'seeds';
export const CORPUS_SEED = 42;

/** The configuration the server would get for this corpus and index. */
export function benchConfig(seedsDir: string, indexDir: string): Config {
  return loadConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, LOG_LEVEL: 'silent' });
}

/** Folder of the index built for `label` (`seed`, `1000`, …). */
export function benchIndexDir(label: string): string {
  return join(WORK_DIR, `index-${label}`);
}

/** Writes (or reuses) the synthetic corpus of ≥ `targetChunks` chunks; returns its folder and size. */
export async function prepareCorpus(
  targetChunks: number,
): Promise<{ dir: string; articles: number; chunks: number }> {
  const dir = join(WORK_DIR, `corpus-${targetChunks}`);
  const seeds = await loadDocuments(SEEDS_DIR);
  const seedHash = createHash('sha256')
    .update(seeds.map((document) => document.fileText).join('\0'))
    .digest('hex');
  const marker = join(dir, 'corpus.json');
  const previous = await readFile(marker, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, unknown>,
    () => null,
  );
  if (previous?.seedHash === seedHash && previous.seed === CORPUS_SEED) {
    return { dir, articles: Number(previous.articles), chunks: Number(previous.chunks) };
  }
  const corpus = createSyntheticCorpus({
    seeds,
    targetChunks,
    seed: CORPUS_SEED,
    chunking: benchConfig(dir, '').chunking,
  });
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // In batches: 100k files at once (the 1M-chunk corpus) exhaust the open-file limit.
  for (let start = 0; start < corpus.articles.length; start += 500)
    await Promise.all(
      corpus.articles
        .slice(start, start + 500)
        .map((article) => writeFile(join(dir, article.name), article.text)),
    );
  const summary = {
    seed: CORPUS_SEED,
    seedHash,
    targetChunks,
    articles: corpus.articles.length,
    chunks: corpus.chunks,
  };
  await writeFile(marker, JSON.stringify(summary, null, 2));
  return { dir, articles: corpus.articles.length, chunks: corpus.chunks };
}

/** Builds the index of `seedsDir` into `indexDir` unless a fresh one is there; true when it built. */
export async function ensureBenchIndex({
  seedsDir,
  indexDir,
  loadVectors,
}: {
  seedsDir: string;
  indexDir: string;
  loadVectors: () => Promise<WordVectors>;
}): Promise<boolean> {
  const config = benchConfig(seedsDir, indexDir);
  const documents = await loadDocuments(seedsDir);
  const options = {
    documents,
    indexDir,
    embedderSpec: embedderSpecFor(config),
    chunking: config.chunking,
  };
  if (!(await indexStaleness({ ...options, logger: createLogger({ level: 'silent' }) })))
    return false;
  await buildIndex({ ...options, loadSourceVectors: loadVectors });
  return true;
}

/** Size in bytes of every file directly inside `dir`. */
export async function fileSizes(dir: string): Promise<Record<string, number>> {
  const names = await readdir(dir);
  const sizes = await Promise.all(
    names.map(async (name) => [name, (await stat(join(dir, name))).size] as const),
  );
  return Object.fromEntries(sizes);
}

/** Resolves once, then returns the same promise: the 1 GB word vectors load once per process. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
