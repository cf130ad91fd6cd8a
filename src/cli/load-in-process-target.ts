/**
 * The one place the eval reaches into the core composition: configuration
 * from the environment with the set's corpus and index folder, then the same
 * dependencies `npm start` builds (the index is rebuilt first when it is stale).
 */
import { loadConfig } from '../config/load-config.js';
import { createDeps } from '../deps.js';
import type { EvalTarget } from '../eval/eval-target.js';
import { createInProcessTarget } from '../eval/in-process-target.js';
import { renderProgress } from './render-progress.js';

/** Where one set's articles are and where its index is cached. */
export interface SetCorpus {
  seedsDir: string;
  indexDir: string;
}

/** The environment `npm start` would see, pointed at the set's corpus and index folder. */
export function inProcessEnv(
  { seedsDir, indexDir }: SetCorpus,
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  // Per-question log lines would bury the progress and the table; LOG_LEVEL=info brings them back.
  return { LOG_LEVEL: 'warn', ...env, SEEDS_DIR: seedsDir, INDEX_DIR: indexDir };
}

/** Builds the assistant, retriever and documents of one set's corpus, as `npm start` would. */
export async function loadInProcessTarget(
  corpus: SetCorpus,
  env: Record<string, string | undefined> = process.env,
): Promise<EvalTarget> {
  const config = loadConfig(inProcessEnv(corpus, env));
  const { assistant, retriever, documents } = await createDeps(config, {
    onProgress: renderProgress(),
  });
  return createInProcessTarget({ assistant, retriever, documents });
}
