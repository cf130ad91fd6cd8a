/**
 * `npm run bench:options`: measures the retrieval and chunking choices on the
 * eval set, so the defaults rest on figures. For each chunk size it builds an
 * index, then scores lexical-only, dense-only and fused retrieval (hit@1,
 * hit@5, MRR on document ids) and the whole assistant's answer accuracy.
 * Prints a table; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAssistant } from '../src/answer/create-assistant.js';
import { loadConfig } from '../src/config/load-config.js';
import { createDeps } from '../src/deps.js';
import { loadPackagedWordVectors } from '../src/embed/word-vectors.js';
import { isAnswerCorrect } from '../src/eval/answer-accuracy.js';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import { hitAtK, reciprocalRank } from '../src/eval/retrieval-metrics.js';
import { createLogger } from '../src/log/logger.js';
import { createHybridRetriever } from '../src/retrieve/create-hybrid-retriever.js';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'eval/sets/seeds/questions.jsonl' },
    sizes: { type: 'string', default: '400,600,900' },
  },
});
const cases = await loadEvalSet(values.set);
const vectors = await loadPackagedWordVectors();
const logger = createLogger({ level: 'silent' });
const modes = [
  { name: 'lexical (BM25)', denseWeight: 0, lexicalWeight: 1 },
  { name: 'dense (word vectors)', denseWeight: 1, lexicalWeight: 0 },
  { name: 'fused 1 : 1', denseWeight: 1, lexicalWeight: 1 },
  { name: 'fused 0.5 : 1', denseWeight: 0.5, lexicalWeight: 1 },
  { name: 'fused 0.25 : 1', denseWeight: 0.25, lexicalWeight: 1 },
];

const rows: string[] = [];
for (const size of values.sizes.split(',').map(Number)) {
  const indexDir = await mkdtemp(join(tmpdir(), 'sourced-options-'));
  const config = loadConfig({
    ...process.env,
    INDEX_DIR: indexDir,
    CHUNK_SIZE: String(size),
    LOG_LEVEL: 'silent',
    EMBEDDER: 'local',
  });
  const deps = await createDeps(config, { logger, loadSourceVectors: async () => vectors });
  for (const mode of modes) {
    const retriever = createHybridRetriever({ ...deps.index, ...mode });
    const assistant = createAssistant({
      retriever,
      answerer: deps.extractive,
      analyzer: deps.analyzer,
      evidence: deps.evidence,
      logger,
      topK: config.topK,
    });
    let hit1 = 0,
      hit5 = 0,
      mrr = 0,
      answerable = 0,
      correct = 0;
    for (const evalCase of cases) {
      const history = evalCase.history ?? [];
      const messages = [...history, { role: 'user' as const, content: evalCase.question }];
      const response = await assistant.ask({ messages });
      if (isAnswerCorrect(evalCase, response)) correct += 1;
      if (!evalCase.answerable) continue;
      answerable += 1;
      const query = [
        ...history.filter((m) => m.role === 'user').map((m) => m.content),
        evalCase.question,
      ].join(' ');
      const ranked = (await retriever.retrieve({ query, k: 5 })).map(
        (passage) => passage.chunk.docId,
      );
      hit1 += hitAtK(ranked, evalCase.sources, 1);
      hit5 += hitAtK(ranked, evalCase.sources, 5);
      mrr += reciprocalRank(ranked, evalCase.sources);
    }
    const pct = (value: number, total: number) => `${((100 * value) / total).toFixed(1)}%`;
    rows.push(
      `| ${size} | ${deps.index.chunks.length} | ${mode.name} | ${pct(hit1, answerable)} | ${pct(hit5, answerable)} | ${(mrr / answerable).toFixed(3)} | ${pct(correct, cases.length)} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
  await rm(indexDir, { recursive: true, force: true });
}
process.stdout.write(
  [
    `Eval set: ${values.set} (${cases.length} cases)`,
    '',
    '| chunk chars | chunks | retrieval | hit@1 | hit@5 | MRR | answer accuracy |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
