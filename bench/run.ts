/**
 * `npm run bench [-- --quick] [-- --only index,retrieval,http,cold-start]`:
 * runs the benchmark sections in turn, printing each summary and writing
 * JSON and Markdown into `bench/results/`.
 */
import { loadavg } from 'node:os';
import { runColdStartBench } from './cold-start-bench.js';
import { runHttpBench } from './http-bench.js';
import { runIndexBench } from './index-bench.js';
import { parseBenchPlan, type BenchPlan, type Section } from './bench-plan.js';
import { runRetrievalBench } from './retrieval-bench.js';
import { machineFacts, writeSectionResult, type SectionResult } from './write-results.js';

const runners: Record<Section, (plan: BenchPlan) => Promise<SectionResult>> = {
  index: (plan) => runIndexBench({ sizes: plan.indexSizes }),
  retrieval: (plan) =>
    runRetrievalBench({ sizes: plan.retrievalSizes, queryCount: plan.queryCount }),
  http: (plan) => runHttpBench({ corpora: plan.http }),
  'cold-start': (plan) => runColdStartBench(plan.coldStart),
};

async function main(): Promise<void> {
  const plan = parseBenchPlan(process.argv.slice(2));
  const facts = machineFacts();
  const started = performance.now();
  process.stdout.write(
    `# sourced benchmarks${plan.quick ? ' (quick)' : ''}\n\nNode ${facts.node}, ${facts.cores} cores (${facts.cpu}), ` +
      `load average at start ${loadavg()[0]!.toFixed(2)}.\n\n`,
  );
  for (const section of plan.sections) {
    const result = await runners[section](plan);
    const paths = await writeSectionResult(result, { quick: plan.quick });
    process.stdout.write(`${result.markdown}\n_(${paths.join(', ')})_\n\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `Finished in ${seconds}s; load average at end ${loadavg()[0]!.toFixed(2)}.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
