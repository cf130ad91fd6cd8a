/**
 * The one place the eval reaches into the core composition: configuration
 * from the environment, then the same dependencies `npm start` builds
 * (the index is rebuilt first when it is stale).
 */
import { loadConfig } from '../config/load-config.js';
import { createDeps } from '../deps.js';
import type { EvalTarget } from '../eval/eval-target.js';
import { createInProcessTarget } from '../eval/in-process-target.js';
import { renderProgress } from './render-progress.js';

/** Builds the assistant, retriever and documents from `env`, as `npm start` would. */
export async function loadInProcessTarget(
  env: Record<string, string | undefined> = process.env,
): Promise<EvalTarget> {
  // Per-question log lines would bury the progress and the table; LOG_LEVEL=info brings them back.
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env });
  const { assistant, retriever, documents } = await createDeps(config, {
    onProgress: renderProgress(),
  });
  return createInProcessTarget({ assistant, retriever, documents });
}
