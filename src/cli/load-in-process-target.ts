/**
 * The one place the eval reaches into the core composition: configuration
 * from the environment, then the same dependencies `npm start` builds.
 */
import type { Assistant } from '../answer/chat-types.js';
import { EvalError } from '../eval/eval-error.js';
import type { EvalTarget } from '../eval/eval-target.js';
import { createInProcessTarget } from '../eval/in-process-target.js';
import type { Retriever, SourceDocument } from '../ingest/document-types.js';

interface CoreModules {
  loadConfig: () => unknown;
  createDeps: (config: unknown) => Promise<CoreDeps> | CoreDeps;
}
interface CoreDeps {
  assistant: Assistant;
  retriever: Retriever;
  documents: SourceDocument[];
}

// Until the core composition lands on main these modules may be missing, so
// they are loaded by name and the run fails with a clear message instead.
const CONFIG_MODULE = '../config/load-config.js';
const DEPS_MODULE = '../deps.js';

async function importCore(): Promise<CoreModules> {
  try {
    const [config, deps] = await Promise.all([import(CONFIG_MODULE), import(DEPS_MODULE)]);
    return { loadConfig: config.loadConfig, createDeps: deps.createDeps } as CoreModules;
  } catch (error) {
    throw new EvalError(
      'EVAL_TARGET_UNREACHABLE',
      `the in-process assistant is not available (${(error as Error).message}); run against a server with --url`,
      { cause: error },
    );
  }
}

/** Builds the assistant from the current configuration and index (rebuilt if stale). */
export async function loadInProcessTarget(): Promise<EvalTarget> {
  const { loadConfig, createDeps } = await importCore();
  const { assistant, retriever, documents } = await createDeps(loadConfig());
  return createInProcessTarget({ assistant, retriever, documents });
}
