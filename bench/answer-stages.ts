/**
 * `npm run bench:answer -- --set <name> [--seeds <dir> --index <dir>] [--rounds 2]`:
 * where one question's time goes in process, stage by stage (analysis,
 * retrieval, evidence, the answer), on an eval set's questions against its own
 * corpus or against any built index (`--seeds` / `--index`, the 100k corpus).
 * Each round asks every question once; the first round is the cold one
 * (nothing cached yet), later rounds show what repeated touches cost.
 * Prints figures; asserts nothing.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { inProcessEnv } from '../src/cli/load-in-process-target.js';
import { loadConfig } from '../src/config/load-config.js';
import { createDeps } from '../src/deps.js';
import { selectEvalSets } from '../src/eval/load-eval-sets.js';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import { round, summarizeLatencies } from './measure.js';
import { markdownTable } from './report-table.js';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'seeds' },
    seeds: { type: 'string' },
    index: { type: 'string' },
    rounds: { type: 'string', default: '2' },
  },
});

const stages = ['analyze', 'retrieve', 'evidence', 'answer', 'total'] as const;
type Stage = (typeof stages)[number];

async function main() {
  const [set] = await selectEvalSets({ root: 'eval/sets', chosen: [values.set!] });
  if (!set) throw new Error(`no eval set ${values.set}`);
  const cases = await loadEvalSet(set.questionsPath);
  const config = loadConfig(
    inProcessEnv({
      seedsDir: values.seeds ?? set.corpusDir,
      indexDir: values.index ?? join('.eval-index', set.name),
    }),
  );
  const started = performance.now();
  const deps = await createDeps(config);
  const startMs = performance.now() - started;
  const rows: Record<string, string | number>[] = [];
  for (let roundIndex = 0; roundIndex < Number(values.rounds); roundIndex++) {
    const ms: Record<Stage, number[]> = {
      analyze: [],
      retrieve: [],
      evidence: [],
      answer: [],
      total: [],
    };
    // The process's CPU (every thread: the collector's helpers too) over the round: on a
    // shared machine, time waiting for a core inflates the stages' wall times but not this.
    const cpuBefore = process.cpuUsage();
    for (const evalCase of cases) {
      const messages = [
        ...(evalCase.history ?? []),
        { role: 'user' as const, content: evalCase.question },
      ];
      const t0 = performance.now();
      const analysis = deps.analyzer.analyze(messages);
      const t1 = performance.now();
      const depth = ['list', 'summary', 'comparison'].includes(analysis.kind) ? 20 : 10;
      const passages = await deps.retriever.retrieve({
        query: analysis.searchQuery,
        k: Math.max(config.topK, depth),
        ...(evalCase.filters ? { filters: evalCase.filters } : {}),
      });
      const t2 = performance.now();
      const evidence = deps.evidence.find({ analysis, passages });
      const t3 = performance.now();
      if (evidence.supported)
        await deps.extractive.answer({
          question: evalCase.question,
          messages,
          passages: depth > 10 ? passages : passages.slice(0, config.topK),
          evidence,
        });
      const t4 = performance.now();
      ms.analyze.push(t1 - t0);
      ms.retrieve.push(t2 - t1);
      ms.evidence.push(t3 - t2);
      ms.answer.push(t4 - t3);
      ms.total.push(t4 - t0);
    }
    const cpu = process.cpuUsage(cpuBefore);
    const row: Record<string, string | number> = { round: roundIndex + 1 };
    for (const stage of stages) {
      const summary = summarizeLatencies(ms[stage]);
      row[`${stage} p50 / p95 / mean ms`] =
        `${round(summary.p50, 1)} / ${round(summary.p95, 1)} / ${round(summary.mean, 1)}`;
    }
    row['CPU ms a question'] = round((cpu.user + cpu.system) / 1000 / cases.length, 2);
    rows.push(row);
  }
  const memory = process.memoryUsage();
  const rssMiB = Math.round(memory.rss / 1024 / 1024);
  const heapMiB = Math.round(memory.heapTotal / 1024 / 1024);
  process.stdout.write(
    `${set.name}: ${cases.length} questions, createDeps ${round(startMs / 1000, 2)} s, ` +
      `RSS ${rssMiB} MiB (V8 heap ${heapMiB} MiB), load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}\n\n` +
      `${markdownTable(rows)}\n`,
  );
  await deps.index.store.close();
}

await main();
