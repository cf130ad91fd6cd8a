/**
 * `npm run bench:lexical-agreement -- --index <dir> --queries <file> --out <file.json>
 * [--fts] [--rounds 3]`: runs `bench:lexical-queries`' searches serially on a built index's
 * embedded store (lexical thread off: the search's whole cost on this thread), writes
 * every result list (ids and scores) to `--out`, and prints the CPU time a search;
 * `--compare <file.json>` also counts the lists identical to another run's. `--fts` ranks
 * with FTS5's query (`lexicalPostings: false`). Prints figures; asserts nothing.
 */
import { loadavg } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { indexPaths } from '../src/store/index-files.js';
import { openSqliteCorpusStore } from '../src/store/sqlite-corpus-store.js';
import type { ChunkHit, CorpusFilters } from '../src/store/corpus-store.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    queries: { type: 'string' },
    out: { type: 'string' },
    compare: { type: 'string' },
    fts: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});
if (!values.index || !values.queries || !values.out)
  throw new Error('--index <dir> --queries <file> --out <file> are required');

type Query = { query: string; k: number; filters?: CorpusFilters };

async function main() {
  const queries = JSON.parse(await readFile(values.queries!, 'utf8')) as Query[];
  const store = await openSqliteCorpusStore({
    dir: indexPaths(values.index!).store,
    lexicalThread: false,
    ...(values.fts ? { lexicalPostings: false } : {}),
  });
  const results: ChunkHit[][] = [];
  const unfiltered = queries.filter((query) => !query.filters);
  const cpu: number[] = [];
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const started = process.cpuUsage();
    for (const query of unfiltered) await store.searchLexical(query);
    const used = process.cpuUsage(started);
    cpu.push((used.user + used.system) / 1000 / unfiltered.length);
  }
  for (const query of queries) results.push(await store.searchLexical(query));
  await writeFile(values.out!, JSON.stringify(results));
  let report = `${queries.length} searches (${unfiltered.length} unfiltered): CPU a search ${cpu
    .map((ms) => ms.toFixed(2))
    .join(
      ', ',
    )} ms; RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB; load ${loadavg()[0]!.toFixed(1)}`;
  if (values.compare) {
    const other = JSON.parse(await readFile(values.compare, 'utf8')) as ChunkHit[][];
    const same = results.filter(
      (list, index) => JSON.stringify(list) === JSON.stringify(other[index]),
    );
    const sameTop10 = results.filter(
      (list, index) =>
        JSON.stringify(list.slice(0, 10).map((hit) => hit.chunkId)) ===
        JSON.stringify(other[index]?.slice(0, 10).map((hit) => hit.chunkId)),
    );
    report += `\nidentical to ${values.compare}: ${same.length} of ${results.length} lists (ids and scores), same top 10 ${sameTop10.length}`;
  }
  process.stdout.write(`${report}\n`);
  await store.close();
}

await main();
