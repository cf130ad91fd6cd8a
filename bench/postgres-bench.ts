/**
 * `npm run bench:postgres`: the PostgreSQL backend on PGlite (PostgreSQL 18
 * compiled to WASM, pgvector 0.8, ONE connection at a time, served over the
 * wire in this process and reached with `pg`). Figures are those of the
 * WASM engine on this machine, not of a real PostgreSQL server: read them
 * as a floor and for how they grow with the corpus.
 *
 * For each size: loading throughput (documents applied 50 a transaction,
 * HNSW and GIN maintained as rows arrive), database size, lexical / dense /
 * filtered / hybrid latencies at k = 30, and recall@10 of the HNSW search
 * against an exact scan of the same vectors at several ef_search values.
 * Vectors are a hashed bag of the chunk's lexical terms (100 dimensions,
 * like the word-vector embedder): cheap, and near for similar texts.
 *
 * Usage: npm run bench:postgres [-- --sizes 10000,100000] [--queries 200]
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chunkDocuments } from '../src/ingest/chunk-documents.js';
import { loadDocuments, parseSourceDocument } from '../src/ingest/load-documents.js';
import type { CorpusStore, DocumentRecord } from '../src/store/corpus-store.js';
import { createPostgresDatabase } from '../src/store/postgres/create-postgres-database.js';
import { migrateDatabase } from '../src/store/postgres/migrate-database.js';
import { createPostgresCorpusStore } from '../src/store/postgres/postgres-corpus-store.js';
import type { SqlDatabase } from '../src/store/postgres/sql-database.js';
import { fuseRankings } from '../src/retrieve/fuse-rankings.js';
import { lexicalTerms } from '../src/text/lexical-terms.js';
import { startPgliteServer } from '../test/helpers/pglite-server.js';
import { CORPUS_SEED, RESULTS_DIR, SEEDS_DIR } from './bench-workspace.js';
import { peakRssMiB, round, summarizeLatencies, timed } from './measure.js';
import { createQuerySet } from './query-set.js';
import { markdownTable, type Row } from './report-table.js';
import { createSyntheticCorpus } from './synthetic-corpus.js';

const DIMENSION = 100;
const CHUNKING = { maxChars: 600, overlapSentences: 1 };
const SETTINGS = {
  embedder: { id: 'hashed-terms-bench', dimension: DIMENSION, settings: {} },
  chunking: CHUNKING,
};
const EF_VALUES = [40, 100, 200];
const CANDIDATES = 30;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const termVectors = new Map<string, Float64Array>();
/** A fixed pseudo-random unit direction per term. */
function termVector(term: string): Float64Array {
  let vector = termVectors.get(term);
  if (!vector) {
    vector = new Float64Array(DIMENSION);
    let block = Buffer.alloc(0);
    for (let index = 0; index < DIMENSION; index += 1) {
      if (index % 16 === 0)
        block = createHash('sha256')
          .update(`${term}:${index / 16}`)
          .digest();
      vector[index] = block.readUInt16BE((index % 16) * 2) / 32768 - 1;
    }
    termVectors.set(term, vector);
  }
  return vector;
}

/** The bag of the text's lexical terms as one unit vector. */
function embed(text: string): number[] {
  const sum = new Float64Array(DIMENSION);
  for (const term of lexicalTerms(text)) {
    const vector = termVector(term);
    for (let index = 0; index < DIMENSION; index += 1) sum[index]! += vector[index]!;
  }
  const norm = Math.hypot(...sum) || 1;
  return Array.from(sum, (value) => value / norm);
}

async function exactTop(database: SqlDatabase, vector: number[], k: number): Promise<string[]> {
  // The distance without the index's cast: PostgreSQL scans every row.
  const { rows } = await database.query<{ chunk_id: string }>(
    'SELECT chunk_id FROM chunks ORDER BY embedding <=> $1::vector LIMIT $2',
    [`[${vector.join(',')}]`, k],
  );
  return rows.map((row) => row.chunk_id);
}

async function measureSize(targetChunks: number, queryCount: number): Promise<Row> {
  const seeds = await loadDocuments(SEEDS_DIR);
  const corpus = createSyntheticCorpus({
    seeds,
    targetChunks,
    seed: CORPUS_SEED,
    chunking: CHUNKING,
  });
  const records: DocumentRecord[] = corpus.articles.map((article) => {
    const document = parseSourceDocument(`/bench/${article.name}`, article.text);
    const chunks = chunkDocuments([document], CHUNKING);
    return {
      document,
      contentHash: createHash('sha256').update(article.text).digest('hex'),
      chunks,
      vectors: chunks.map((chunk) => embed(chunk.searchText ?? `${chunk.title}. ${chunk.text}`)),
    };
  });
  const chunkCount = records.reduce((sum, record) => sum + record.chunks.length, 0);

  const server = await startPgliteServer();
  const database = await createPostgresDatabase({ url: server.url, poolMax: 1 });
  try {
    await migrateDatabase({ database });
    const store: CorpusStore = createPostgresCorpusStore({ database });
    await store.clear(SETTINGS);
    const load = await timed(async () => {
      for (let start = 0; start < records.length; start += 50)
        await store.apply({ upsert: records.slice(start, start + 50) });
    });
    const { rows: sizeRows } = await database.query<{ bytes: string }>(
      'SELECT pg_database_size(current_database())::text AS bytes',
    );

    const allChunks = records.flatMap((record) => record.chunks);
    const position = new Map(allChunks.map((chunk, index) => [chunk.chunkId, index]));
    const positions = (hits: { chunkId: string }[]) =>
      hits.map((hit) => position.get(hit.chunkId)!);
    const queries = await createQuerySet({ chunks: allChunks, count: queryCount });
    const queryVectors = queries.map(embed);
    const sources = [...new Set(records.map((record) => record.document.source))].filter(
      (source): source is string => source !== null,
    );
    const filters = { sources: sources.slice(0, 1) };

    const lexical: number[] = [];
    const dense: number[] = [];
    const filtered: number[] = [];
    const hybrid: number[] = [];
    await database.query('SET hnsw.ef_search = 100');
    for (const [index, query] of queries.entries()) {
      const vector = queryVectors[index]!;
      lexical.push((await timed(() => store.searchLexical({ query, k: CANDIDATES }))).ms);
      dense.push((await timed(() => store.searchVectors({ vector, k: CANDIDATES }))).ms);
      filtered.push(
        (await timed(() => store.searchVectors({ vector, k: CANDIDATES, filters }))).ms,
      );
      hybrid.push(
        (
          await timed(async () => {
            const [lexicalHits, denseHits] = [
              await store.searchLexical({ query, k: CANDIDATES }),
              await store.searchVectors({ vector, k: CANDIDATES }),
            ];
            return fuseRankings([
              { ids: positions(denseHits), weight: 0.25 },
              { ids: positions(lexicalHits), weight: 1 },
            ]).slice(0, 6);
          })
        ).ms,
      );
    }

    const recallQueries = queryVectors.slice(0, Math.min(100, queryVectors.length));
    const exact: Set<string>[] = [];
    const exactMs: number[] = [];
    for (const vector of recallQueries) {
      const { result, ms } = await timed(() => exactTop(database, vector, 10));
      exact.push(new Set(result));
      exactMs.push(ms);
    }
    const recall: Record<string, number> = {};
    for (const ef of EF_VALUES) {
      await database.query(`SET hnsw.ef_search = ${ef}`);
      let found = 0;
      for (const [index, vector] of recallQueries.entries()) {
        const hits = await store.searchVectors({ vector, k: 10 });
        found += hits.filter((hit) => exact[index]!.has(hit.chunkId)).length;
      }
      recall[`recall@10 ef ${ef}`] = round(found / (recallQueries.length * 10), 3);
    }

    const latency = (values: number[]) => {
      const summary = summarizeLatencies(values);
      return `${round(summary.p50, 1)} / ${round(summary.p95, 1)}`;
    };
    return {
      chunks: chunkCount,
      documents: records.length,
      'load chunks/s': Math.round(chunkCount / (load.ms / 1000)),
      'database MiB': round(Number(sizeRows[0]?.bytes ?? 0) / 1024 / 1024, 0),
      'lexical p50/p95 ms': latency(lexical),
      'dense HNSW p50/p95 ms': latency(dense),
      'dense filtered (exact) p50/p95 ms': latency(filtered),
      'hybrid p50/p95 ms': latency(hybrid),
      'exact scan p50/p95 ms': latency(exactMs),
      ...recall,
      'peak RSS MiB': peakRssMiB(),
    };
  } finally {
    await database.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const sizes = argument('sizes', '10000,100000').split(',').map(Number);
  const queryCount = Number(argument('queries', '200'));
  const rows: Row[] = [];
  for (const size of sizes) {
    process.stderr.write(`postgres bench: ${size} chunks…\n`);
    const row = await measureSize(size, queryCount);
    process.stderr.write(`${JSON.stringify(row)}\n`);
    rows.push(row);
  }
  const table = markdownTable(rows);
  process.stdout.write(
    `\nPostgreSQL backend on PGlite (WASM, single connection), k = ${CANDIDATES}\n\n${table}\n`,
  );
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'postgres.md'), `${table}\n`);
  await writeFile(join(RESULTS_DIR, 'postgres.json'), JSON.stringify(rows, null, 2));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
