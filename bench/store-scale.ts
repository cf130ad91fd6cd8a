/**
 * `npm run bench:scale -- --index <INDEX_DIR> [--queries 200]`: query figures
 * of a built embedded store at any size (the 1M-chunk run): time to open the
 * store, RSS with only the store open (no answer-engine structures), and
 * lexical (FTS5 + re-scoring), dense (HNSW), filtered and hybrid retrieval
 * latency. Build figures come from `npm run index` under `/usr/bin/time`.
 * Prints figures; asserts nothing.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { wordVectorEmbedderSpec } from '../src/embed/embedder-spec.js';
import { loadWordVectorsFile } from '../src/embed/word-vectors.js';
import { createHybridRetriever } from '../src/retrieve/create-hybrid-retriever.js';
import { indexPaths } from '../src/store/index-files.js';
import { readManifest } from '../src/store/open-index.js';
import { openSqliteCorpusStore } from '../src/store/sqlite-corpus-store.js';
import { round, summarizeLatencies } from './measure.js';
import { createQuerySet } from './query-set.js';
import { markdownTable } from './report-table.js';
import { createLexicalRanker } from './minisearch-ranker.js';
import { createTodayRetriever } from './today-retriever.js';
import { loadCorpusChunks } from '../src/store/load-corpus-chunks.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    queries: { type: 'string', default: '200' },
    /** Also measure today's MiniSearch over the same chunks (loads every chunk onto the heap). */
    today: { type: 'boolean', default: false },
  },
});
if (!values.index) throw new Error('--index <INDEX_DIR> is required');
const rssMiB = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

async function timeEach<T>(queries: string[], task: (query: string) => Promise<T>) {
  for (const query of queries.slice(0, 10)) await task(query);
  const ms: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await task(query);
    ms.push(performance.now() - started);
  }
  const summary = summarizeLatencies(ms);
  return `${round(summary.p50, 2)} / ${round(summary.p95, 2)}`;
}

async function main() {
  const paths = indexPaths(values.index!);
  const manifest = await readManifest(values.index!);
  if (!manifest) throw new Error(`no index in ${values.index}`);
  const rssBefore = rssMiB();
  const started = performance.now();
  const store = await openSqliteCorpusStore({ dir: paths.store, hnsw: manifest.hnsw });
  const embedder = await wordVectorEmbedderSpec().create({
    lexicon: await loadWordVectorsFile(paths.lexicon),
  });
  const openMs = performance.now() - started;
  const counts = await store.counts();
  const rssOpen = rssMiB();
  const listed = await store.listDocuments();
  const sample = await store.getChunks(
    Array.from({ length: 400 }, (_, index) => {
      const document = listed[Math.floor((index * listed.length) / 400)]!;
      return `${document.docId}#0`;
    }),
  );
  const queries = await createQuerySet({ chunks: sample, count: Number(values.queries) });
  const retriever = createHybridRetriever({ store, embedder });
  const sources = [...new Set(listed.map((document) => document.source).filter(Boolean))];
  const row = {
    chunks: counts.chunks,
    documents: counts.documents,
    'open s': round(openMs / 1000, 2),
    'RSS before / store open MiB': `${rssBefore} / ${rssOpen}`,
    'lexical p50 / p95 ms': await timeEach(queries, (query) =>
      store.searchLexical({ query, k: 30 }),
    ),
    'dense p50 / p95 ms': await timeEach(queries, async (query) =>
      store.searchVectors({ vector: await embedder.embedQuery(query), k: 30 }),
    ),
    'hybrid p50 / p95 ms': await timeEach(queries, (query) => retriever.retrieve({ query, k: 6 })),
    'hybrid, source filter p50 / p95 ms': await timeEach(queries, (query) =>
      retriever.retrieve({ query, k: 6, filters: { sources: sources.slice(0, 1) as string[] } }),
    ),
    'RSS after queries MiB': rssMiB(),
    load: loadavg()[0]!.toFixed(1),
  };
  process.stdout.write(`${markdownTable([row])}\n`);
  if (values.today) {
    const chunks = await loadCorpusChunks(store);
    const miniSearch = createLexicalRanker(chunks);
    const today = createTodayRetriever({ chunks, embedder, store, lexical: miniSearch });
    const agreement: number[] = [];
    for (const query of queries) {
      const ours = new Set((await store.searchLexical({ query, k: 30 })).map((hit) => hit.chunkId));
      const theirs = miniSearch.search(query, 30).map((match) => chunks[match.position]!.chunkId);
      agreement.push(theirs.filter((id) => ours.has(id)).length / Math.max(1, theirs.length));
    }
    const todayRow = {
      'today: MiniSearch lexical p50 / p95 ms': await timeEach(queries, async (query) =>
        miniSearch.search(query, 30),
      ),
      'today: hybrid p50 / p95 ms': await timeEach(queries, (query) =>
        today.retrieve({ query, k: 6 }),
      ),
      'store top-30 lexical overlap with MiniSearch': round(
        agreement.reduce((sum, value) => sum + value, 0) / Math.max(1, agreement.length),
        3,
      ),
      'RSS with MiniSearch MiB': rssMiB(),
      load: loadavg()[0]!.toFixed(1),
    };
    process.stdout.write(`${markdownTable([todayRow])}\n`);
  }
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
