/**
 * The questions retrieval benchmarks ask: the eval set's questions, then
 * openings of random corpus sentences (seeded), so that larger corpora are
 * probed where their new text is too.
 */
import type { Chunk } from '../src/ingest/document-types.js';
import { loadEvalSet } from '../src/eval/parse-eval-set.js';
import { createSeededRandom } from './seeded-random.js';

/** `count` queries, the same for the same chunks and seed. */
export async function createQuerySet({
  chunks,
  count,
  seed = 7,
  evalSetPath = 'eval/sets/seeds/questions.jsonl',
}: {
  chunks: readonly Chunk[];
  count: number;
  seed?: number;
  evalSetPath?: string;
}): Promise<string[]> {
  const questions = (await loadEvalSet(evalSetPath))
    .map((evalCase) => evalCase.question)
    .slice(0, Math.ceil(count / 2));
  const random = createSeededRandom(seed);
  const queries = [...questions];
  while (queries.length < count && chunks.length > 0) {
    const chunk = random.pick(chunks);
    const words = chunk.text.split(/\s+/u);
    const start = random.integer(0, Math.max(0, words.length - 12));
    queries.push(words.slice(start, start + random.integer(5, 12)).join(' '));
  }
  return queries;
}
