/**
 * `npm run bench:lexical-queries -- --seeds <dir> --index <dir> --out <file.json>`: the
 * lexical searches the answer engine makes on a built index, written for
 * `bench:lexical-agreement` to run on two checkouts. The analyzer's search query for
 * each question of the seed and development sets (the holdouts are not read), two
 * questions naming every 40th article by title, and a source and a date filter on
 * some of those searches (the tenth pass's 1,443 searches). Prints counts only.
 */
import { loadavg } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { inProcessEnv } from '../src/cli/load-in-process-target.js';
import { loadConfig } from '../src/config/load-config.js';
import { createDeps } from '../src/deps.js';
import { selectEvalSets } from '../src/eval/load-eval-sets.js';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import type { CorpusFilters } from '../src/store/corpus-store.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    index: { type: 'string' },
    out: { type: 'string' },
    sets: { type: 'string', default: 'seeds,aviation,civic,earnings,football,releases' },
  },
});
if (!values.seeds || !values.index || !values.out)
  throw new Error('--seeds <dir> --index <dir> --out <file> are required');

export interface LexicalQuery {
  query: string;
  k: number;
  filters?: CorpusFilters;
}

async function main() {
  const config = loadConfig(inProcessEnv({ seedsDir: values.seeds!, indexDir: values.index! }));
  const deps = await createDeps(config);
  const questions: string[] = [];
  for (const set of await selectEvalSets({ root: 'eval/sets', chosen: values.sets!.split(',') }))
    for (const evalCase of await loadEvalSet(set.questionsPath)) questions.push(evalCase.question);
  const documents = (await deps.index.store.listDocuments()).filter((_, index) => index % 40 === 0);
  for (const { title } of documents)
    questions.push(`What did "${title}" report?`, `Who is quoted in ${title}?`);
  const queries: LexicalQuery[] = [];
  for (const question of questions) {
    const analysis = deps.analyzer.analyze([{ role: 'user', content: question }]);
    const depth = ['list', 'summary', 'comparison'].includes(analysis.kind) ? 20 : 10;
    // The retriever asks the store for max(candidates = 30, k).
    queries.push({ query: analysis.searchQuery, k: Math.max(30, config.topK, depth) });
  }
  const sources = [...new Set(documents.map((document) => document.source).filter(Boolean))];
  const filtered = queries.slice(0, 121).flatMap((query, index): LexicalQuery[] => [
    { ...query, filters: { sources: [sources[index % sources.length]!] } },
    {
      ...query,
      filters: { dateFrom: `20${10 + (index % 14)}-01-01`, dateTo: `20${12 + (index % 14)}-12-31` },
    },
  ]);
  await writeFile(values.out!, JSON.stringify([...queries, ...filtered]));
  process.stdout.write(
    `${questions.length} questions (${documents.length} articles named), ${queries.length} searches, ` +
      `${filtered.length} filtered; load ${loadavg()[0]!.toFixed(1)}\n`,
  );
  await deps.index.store.close();
}

await main();
