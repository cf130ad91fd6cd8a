/**
 * The one place the eval reaches into the core composition: configuration
 * from the environment, then the same dependencies `npm start` builds.
 */
import { createInProcessTarget } from '../eval/in-process-target.js';
import type { EvalTarget } from '../eval/eval-target.js';
import type { Assistant } from '../answer/chat-types.js';
import type { Retriever, SourceDocument } from '../ingest/document-types.js';

interface CoreDeps {
  assistant: Assistant;
  retriever: Retriever;
  documents: SourceDocument[];
}

// Until the core composition lands on main these modules may be missing, so
// they are loaded by name and the run fails with a clear message instead.
const CONFIG_MODULE = '../config/load-config.js';
const DEPS_MODULE = '../deps.js';

/** Builds the assistant from the current configuration and index (rebuilt if stale). */
export async function loadInProcessTarget(): Promise<EvalTarget> {
  const { loadConfig } = (await import(CONFIG_MODULE)) as { loadConfig: () => unknown };
  const { createDeps } = (await import(DEPS_MODULE)) as {
    createDeps: (config: unknown) => Promise<CoreDeps> | CoreDeps;
  };
  const { assistant, retriever, documents } = await createDeps(loadConfig());
  return createInProcessTarget({ assistant, retriever, documents });
}
