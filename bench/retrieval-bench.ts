/**
 * Retrieval at scale: HNSW recall@10 against an exact scan of the same
 * vectors, and query latency of HNSW (at several ef), the exact scan, the
 * lexical ranker and the whole hybrid retriever.
 */
import { embedderSpecFor } from '../src/deps.js';
import { loadPackagedWordVectors } from '../src/embed/word-vectors.js';
import { createHybridRetriever } from '../src/retrieve/create-hybrid-retriever.js';
import {
  createExactVectorStore,
  loadHnswVectorStore,
  readHnswVectors,
} from '../src/store/hnsw-vector-store.js';
import { indexPaths } from '../src/store/index-files.js';
import { openIndex } from '../src/store/open-index.js';
import type { VectorStore } from '../src/store/vector-store.js';
import {
  benchConfig,
  benchIndexDir,
  ensureBenchIndex,
  once,
  prepareCorpus,
} from './bench-workspace.js';
import { round, summarizeLatencies } from './measure.js';
import { createQuerySet } from './query-set.js';
import { markdownTable, type Row } from './report-table.js';
import type { SectionResult } from './write-results.js';
import { createLexicalRanker } from './minisearch-ranker.js';
import { createTodayRetriever } from './today-retriever.js';

const mean = (values: number[]) =>
  values.reduce((total, value) => total + value, 0) / Math.max(1, values.length);

export const EF_VALUES = [10, 16, 32, 64, 128, 256];
/** Recall@10 the default ef must reach at the largest corpus. */
export const RECALL_TARGET = 0.99;

async function timeEach<T, R>(
  items: readonly T[],
  task: (item: T) => R | Promise<R>,
): Promise<{ results: R[]; ms: number[] }> {
  for (const item of items.slice(0, 10)) await task(item); // warm-up
  const results: R[] = [];
  const ms: number[] = [];
  for (const item of items) {
    const started = performance.now();
    results.push(await task(item));
    ms.push(performance.now() - started);
  }
  return { results, ms };
}

function recall(
  found: { position: number }[][],
  truth: { position: number }[][],
  k: number,
): number {
  const scores = truth.map((expected, query) => {
    const wanted = new Set(expected.slice(0, k).map((match) => match.position));
    return (
      (found[query] ?? []).slice(0, k).filter((match) => wanted.has(match.position)).length /
      Math.max(1, wanted.size)
    );
  });
  return scores.reduce((total, score) => total + score, 0) / Math.max(1, scores.length);
}

async function measureSize(
  size: number,
  queryCount: number,
  loadVectors: () => ReturnType<typeof loadPackagedWordVectors>,
) {
  const corpus = await prepareCorpus(size);
  const indexDir = benchIndexDir(String(size));
  await ensureBenchIndex({ seedsDir: corpus.dir, indexDir, loadVectors });
  const index = await openIndex({
    indexDir,
    embedderSpec: embedderSpecFor(benchConfig(corpus.dir, indexDir)),
  });
  const dimension = index.manifest.embedder.dimension;
  const path = indexPaths(indexDir).vectors;
  const exact = createExactVectorStore({
    vectors: await readHnswVectors({ path, dimension }),
    dimension,
  });

  const queries = await createQuerySet({ chunks: index.chunks, count: queryCount });
  const embedded = await timeEach(queries, (query) => index.embedder.embedQuery(query));
  const vectors = embedded.results;
  const search = (store: VectorStore, k: number) =>
    timeEach(vectors, (vector) => store.search(vector, k));
  const truth10 = await search(exact, 10);
  const truth30 = (await search(exact, 30)).results;
  // Side by side: today's MiniSearch (built here on the heap) against the store's FTS5.
  const miniSearch = createLexicalRanker(index.chunks);
  const today = createTodayRetriever({ ...index, lexical: miniSearch });
  const store = createHybridRetriever({ store: index.store, embedder: index.embedder });
  const lexicalToday = await timeEach(queries, (query) => miniSearch.search(query, 30));
  const lexical = await timeEach(queries, (query) => index.store.searchLexical({ query, k: 30 }));
  const hybridToday = await timeEach(queries, (query) => today.retrieve({ query, k: 6 }));
  const hybrid = await timeEach(queries, (query) => store.retrieve({ query, k: 6 }));
  const overlap = (a: { chunkId: string }[][], b: { chunkId: string }[][]) =>
    round(
      mean(
        a.map((hits, index) => {
          const other = new Set(b[index]!.map((hit) => hit.chunkId));
          return hits.filter((hit) => other.has(hit.chunkId)).length / Math.max(1, hits.length);
        }),
      ),
      3,
    );
  const lexicalAgreement = overlap(
    lexical.results,
    lexicalToday.results.map((matches) =>
      matches.map((match) => ({ chunkId: index.chunks[match.position]!.chunkId })),
    ),
  );
  const hybridAgreement = overlap(
    hybrid.results.map((passages) => passages.map((passage) => passage.chunk)),
    hybridToday.results.map((passages) => passages.map((passage) => passage.chunk)),
  );

  const exactP50 = summarizeLatencies(truth10.ms).p50;
  const rows: Row[] = [];
  for (const ef of EF_VALUES) {
    const hnsw = await loadHnswVectorStore({ path, dimension, efSearch: ef });
    const at10 = await search(hnsw, 10);
    const at30 = (await search(hnsw, 30)).results;
    const latency = summarizeLatencies(at10.ms);
    rows.push({
      chunks: index.chunks.length,
      ef,
      'recall@10': round(recall(at10.results, truth10.results, 10), 4),
      'recall@30 (k=30)': round(recall(at30, truth30, 30), 4),
      'HNSW p50 ms': round(latency.p50, 3),
      'HNSW p95 ms': round(latency.p95, 3),
      'speed-up vs exact (p50)': round(exactP50 / latency.p50, 1),
    });
  }
  const stats = (ms: number[]) => {
    const summary = summarizeLatencies(ms);
    return { 'p50 ms': round(summary.p50, 3), 'p95 ms': round(summary.p95, 3) };
  };
  const baselines: Row[] = [
    { chunks: index.chunks.length, method: 'exact scan (k=10)', ...stats(truth10.ms) },
    {
      chunks: index.chunks.length,
      method: 'today: lexical MiniSearch BM25 (k=30)',
      ...stats(lexicalToday.ms),
    },
    {
      chunks: index.chunks.length,
      method: `store: lexical FTS5 + BM25+ rescore (k=30; top-30 overlap with today ${lexicalAgreement})`,
      ...stats(lexical.ms),
    },
    { chunks: index.chunks.length, method: 'query embedding', ...stats(embedded.ms) },
    {
      chunks: index.chunks.length,
      method: `today: hybrid retrieve, MiniSearch (ef=${index.manifest.hnsw.efSearch}, k=6)`,
      ...stats(hybridToday.ms),
    },
    {
      chunks: index.chunks.length,
      method: `store: hybrid retrieve, FTS5 (k=6; top-6 overlap with today ${hybridAgreement})`,
      ...stats(hybrid.ms),
    },
  ];
  await index.store.close();
  return { size, chunks: index.chunks.length, queries: queries.length, rows, baselines };
}

/** The smallest ef whose recall@10 reaches the target at every measured size. */
export function chooseEf(rows: readonly Row[]): number | null {
  return (
    EF_VALUES.find((ef) =>
      rows.filter((row) => row.ef === ef).every((row) => Number(row['recall@10']) >= RECALL_TARGET),
    ) ?? null
  );
}

/** Measures retrieval at each of `sizes` chunks with `queryCount` queries. */
export async function runRetrievalBench({
  sizes,
  queryCount,
}: {
  sizes: number[];
  queryCount: number;
}): Promise<SectionResult> {
  const loadVectors = once(loadPackagedWordVectors);
  const results = [];
  for (const size of sizes) {
    process.stderr.write(`retrieval: ${size} chunks…\n`);
    results.push(await measureSize(size, queryCount, loadVectors));
  }
  const rows = results.flatMap((result) => result.rows);
  const chosen = chooseEf(rows);
  const markdown = [
    '## Retrieval',
    '',
    `${queryCount} queries per size (eval questions, then openings of corpus sentences). Recall is against`,
    "hnswlib's brute-force index over the very vectors stored in the HNSW index. Latencies are per query,",
    'in-process, search only (the query is embedded once beforehand, timed apart).',
    '',
    markdownTable(rows),
    markdownTable(results.flatMap((result) => result.baselines)),
    `Smallest ef with recall@10 ≥ ${RECALL_TARGET} at every size: **${chosen ?? 'none measured'}**.`,
    '',
  ].join('\n');
  return { section: 'retrieval', data: { results, chosenEf: chosen }, markdown };
}
