/**
 * Indexing throughput: for each corpus size, a fresh process runs the real
 * index build; we report chunks/second per stage, index size on disk and
 * peak RSS. The word-vector embedder is the only one available offline.
 */
import { z } from 'zod';
import { benchIndexDir, prepareCorpus } from './bench-workspace.js';
import { perSecond, round } from './measure.js';
import { markdownTable, type Row } from './report-table.js';
import { runScript } from './run-script.js';
import type { SectionResult } from './write-results.js';

const workerResultSchema = z.object({
  documents: z.number(),
  chunks: z.number(),
  ms: z.record(z.string(), z.number()),
  bytes: z.record(z.string(), z.number()),
  rssMiB: z.object({ atStart: z.number(), withWordVectors: z.number(), peak: z.number() }),
});
export type IndexMeasurement = z.infer<typeof workerResultSchema>;

const MiB = 1024 * 1024;

function toRow(size: number, m: IndexMeasurement): Row {
  const ms = (stage: string) => m.ms[stage] ?? Number.NaN;
  const totalBytes = Object.values(m.bytes).reduce((total, bytes) => total + bytes, 0);
  return {
    target: size,
    chunks: m.chunks,
    'ingest+chunk /s': perSecond(m.chunks, ms('ingest') + ms('chunk')),
    'lexicon+fit s': round(ms('lexiconAndFit') / 1000),
    'embed /s': perSecond(m.chunks, ms('embed')),
    'HNSW insert /s': perSecond(m.chunks, ms('graph')),
    'write s': round(ms('write') / 1000),
    'build /s (end to end)': perSecond(m.chunks, ms('ingest') + ms('build')),
    'word vectors load s': round(ms('loadWordVectors') / 1000),
    'index MiB': round(totalBytes / MiB, 1),
    'vectors.hnsw MiB': round((m.bytes['vectors.hnsw'] ?? 0) / MiB, 1),
    'peak RSS MiB': Math.round(m.rssMiB.peak),
    'RSS of word vectors MiB': Math.round(m.rssMiB.withWordVectors - m.rssMiB.atStart),
  };
}

/** Measures index builds at each of `sizes` chunks. */
export async function runIndexBench({ sizes }: { sizes: number[] }): Promise<SectionResult> {
  const measurements: { size: number; measurement: IndexMeasurement }[] = [];
  for (const size of sizes) {
    const corpus = await prepareCorpus(size);
    process.stderr.write(`index: ${corpus.chunks} chunks from ${corpus.articles} articles…\n`);
    const raw = await runScript('bench/index-worker.ts', [corpus.dir, benchIndexDir(String(size))]);
    measurements.push({ size, measurement: workerResultSchema.parse(raw) });
  }
  const rows = measurements.map(({ size, measurement }) => toRow(size, measurement));
  const markdown = [
    '## Indexing',
    '',
    'Embedder: `word-vectors-sif`, the offline default (`npm run bench:embed` compares every embedder available). Each size runs in a fresh process;',
    '"end to end" is read+clean+chunk+lexicon+embed+HNSW+write, without loading the packaged word vectors',
    '(shown apart: a fixed cost per build, not per chunk). Peak RSS includes those vectors.',
    '',
    markdownTable(rows),
  ].join('\n');
  return { section: 'index', data: { measurements, rows }, markdown };
}
