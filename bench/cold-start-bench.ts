/**
 * Cold start: wall time from spawning the server to its first answered
 * question, with a prebuilt index and with the index built at start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPackagedWordVectors } from '../src/embed/word-vectors.js';
import {
  benchIndexDir,
  ensureBenchIndex,
  once,
  prepareCorpus,
  SEEDS_DIR,
  WORK_DIR,
} from './bench-workspace.js';
import { round } from './measure.js';
import { markdownTable, type Row } from './report-table.js';
import { startServer } from './start-server.js';
import type { SectionResult } from './write-results.js';

export interface ColdStartOptions {
  /** Corpora to start on with a prebuilt index (`seed` or sizes in chunks). */
  prebuilt: (number | 'seed')[];
  /** Corpora to start on with an empty index folder (the server builds). */
  withBuild: (number | 'seed')[];
  repeats: number;
}

async function corpusDir(corpus: number | 'seed'): Promise<string> {
  return corpus === 'seed' ? SEEDS_DIR : (await prepareCorpus(corpus)).dir;
}

async function timeStart(seedsDir: string, indexDir: string) {
  const server = await startServer({ seedsDir, indexDir, timeoutMs: 600_000 });
  const rss = await server.rssMiB();
  await server.stop();
  return { ms: server.readyMs, rss };
}

/** Starts the server `repeats` times per case and reports the median. */
export async function runColdStartBench({
  prebuilt,
  withBuild,
  repeats,
}: ColdStartOptions): Promise<SectionResult> {
  const loadVectors = once(loadPackagedWordVectors);
  const rows: Row[] = [];
  const record = (corpus: number | 'seed', index: string, runs: { ms: number; rss: number }[]) => {
    const sorted = runs.map((run) => run.ms).sort((a, b) => a - b);
    rows.push({
      corpus: String(corpus),
      index,
      runs: runs.length,
      'median s': round(sorted[Math.floor(sorted.length / 2)]! / 1000, 2),
      'min s': round(sorted[0]! / 1000, 2),
      'RSS after first answer MiB': Math.round(Math.max(...runs.map((run) => run.rss))),
    });
  };
  for (const corpus of prebuilt) {
    process.stderr.write(`cold start: ${corpus} corpus, prebuilt index…\n`);
    const seedsDir = await corpusDir(corpus);
    const indexDir = benchIndexDir(String(corpus));
    await ensureBenchIndex({ seedsDir, indexDir, loadVectors });
    const runs = [];
    for (let run = 0; run < repeats; run += 1) runs.push(await timeStart(seedsDir, indexDir));
    record(corpus, 'prebuilt', runs);
  }
  for (const corpus of withBuild) {
    process.stderr.write(`cold start: ${corpus} corpus, building the index…\n`);
    const seedsDir = await corpusDir(corpus);
    const indexDir = await mkdtemp(join(WORK_DIR, 'cold-index-'));
    try {
      record(corpus, 'built at start', [await timeStart(seedsDir, indexDir)]);
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
  }
  const markdown = [
    '## Cold start',
    '',
    'From spawning `node --import tsx src/main.ts` (what `npm start` runs) to the first `200` from `/api/chat`.',
    '"built at start" begins with an empty INDEX_DIR, so it includes loading the packaged word vectors.',
    '',
    markdownTable(rows),
  ].join('\n');
  return { section: 'cold-start', data: { rows }, markdown };
}
